#pragma once

#include "ApiTypes.h"
#include "handlers/AccountDialectHandlers.h"
#include "handlers/ApiDocsHandlers.h"
#include "handlers/CalendarHandlers.h"
#include "handlers/ClinicalHandlers.h"
#include "handlers/ConsultationHandlers.h"
#include "handlers/FhirHandlers.h"
#include "handlers/Seed000Handlers.h"
#include "handlers/Seed002AppointmentHandlers.h"
#include "handlers/Seed003AppointmentHandlers.h"
#include "handlers/Seed004Handlers.h"
#include "services/Services.h"

namespace chairside::api {

// Handlers shared by every dialect's route table. They translate HTTP to service calls and back; every rule
// lives in the services.
class AuthHandlers
{
public:
    explicit AuthHandlers(Services& s)
        : m_s(s)
    {}
    ApiResponse registerUser(const ApiRequest& req);
    // The same registration answering with another `message` (seed 003: "Inscription réussie").
    ApiResponse registerWithMessage(const ApiRequest& req, const QString& message);
    ApiResponse login(const ApiRequest& req);
    ApiResponse refresh(const ApiRequest& req);

private:
    Services& m_s;
};

class PatientHandlers
{
public:
    explicit PatientHandlers(Services& s)
        : m_s(s)
    {}
    ApiResponse create(const ApiRequest& req);
    ApiResponse list(const ApiRequest& req);
    ApiResponse get(const ApiRequest& req);
    ApiResponse update(const ApiRequest& req);
    ApiResponse remove(const ApiRequest& req);

private:
    Services& m_s;
};

class DoctorHandlers
{
public:
    explicit DoctorHandlers(Services& s)
        : m_s(s)
    {}
    ApiResponse create(const ApiRequest& req);
    ApiResponse list(const ApiRequest& req);
    ApiResponse get(const ApiRequest& req);
    ApiResponse update(const ApiRequest& req);
    ApiResponse remove(const ApiRequest& req);

private:
    Services& m_s;
};

class MappingHandlers
{
public:
    explicit MappingHandlers(Services& s)
        : m_s(s)
    {}
    ApiResponse create(const ApiRequest& req);
    ApiResponse list(const ApiRequest& req);
    ApiResponse listForPatient(const ApiRequest& req);
    ApiResponse remove(const ApiRequest& req);

private:
    Services& m_s;
};

// Chairside's own endpoints (not from a seed): the station-to-station protocol, pairing, and what sync needs
// the clinic to look at.
class SyncHandlers
{
public:
    explicit SyncHandlers(Services& s)
        : m_s(s)
    {}
    // {"bookings": [...], "duplicates": [...], "count": n} (ConflictService).
    ApiResponse conflicts(const ApiRequest& req);
    // The change feed's deletions: [{table, id, deleted_at, seq}] since `changed_since` (ChangeFeed).
    ApiResponse deletions(const ApiRequest& req);

    // Peer calls (docs/architecture.md "Replication" describes the protocol).
    ApiResponse hello(const ApiRequest& req);
    ApiResponse pull(const ApiRequest& req);
    ApiResponse push(const ApiRequest& req);
    ApiResponse digest(const ApiRequest& req);
    // Image files by SHA-256, in chunks: GET ?offset=&length= answers bytes; PUT ?offset=[&last=1] takes
    // them.
    ApiResponse fileChunk(const ApiRequest& req);
    ApiResponse receiveFileChunk(const ApiRequest& req);

    // Pairing and the peer list.
    ApiResponse openPairingCode(const ApiRequest& req);
    ApiResponse acceptPairing(const ApiRequest& req);
    ApiResponse peers(const ApiRequest& req);
    ApiResponse pairWith(const ApiRequest& req);
    ApiResponse removePeer(const ApiRequest& req);
    // Discovery: the stations heard on the LAN, and the proof of identity a paired station asks for before
    // following this one to a new address.
    ApiResponse discovered(const ApiRequest& req);
    ApiResponse identify(const ApiRequest& req);

    // The most log entries one pull hands out (a transaction larger than that still goes whole).
    static constexpr int kMaxBatch = 5000;
    static constexpr qint64 kMaxChunk = 4 * 1024 * 1024;
    // How many wanted files a hello lists.
    static constexpr int kWantedFiles = 20;

private:
    Services& m_s;
};

struct ApiHandlers
{
    explicit ApiHandlers(Services& s)
        : auth(s)
        , patients(s)
        , doctors(s)
        , mappings(s)
        , seed000(s)
        , clinical(s)
        , seed004(s)
        , seed002Appointments(s)
        , sync(s)
        , accounts(s)
        , consultations(s)
        , seed003Appointments(s)
        , fhir(s)
        , calendar(s)
    {}
    AuthHandlers auth;
    PatientHandlers patients;
    DoctorHandlers doctors;
    MappingHandlers mappings;
    Seed000Handlers seed000;
    ClinicalHandlers clinical;
    Seed004Handlers seed004;
    Seed002AppointmentHandlers seed002Appointments;
    SyncHandlers sync;
    AccountDialectHandlers accounts;    // seeds 002 and 003: users, profiles, doctors, 003 patients
    ConsultationHandlers consultations; // seed 003: consultations and time slots
    Seed003AppointmentHandlers seed003Appointments;
    FhirHandlers fhir;         // FHIR R4 under /fhir
    CalendarHandlers calendar; // calendar feeds (iCalendar)
    ApiDocsHandlers docs;      // the OpenAPI document of all of these
};

// "Basic base64(identifier:password)" from the Authorization header, when present and well-formed.
std::optional<std::pair<QString, QString>> basicCredentials(const ApiRequest& req);

} // namespace chairside::api
