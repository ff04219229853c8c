#pragma once

#include "ApiTypes.h"
#include "Error.h"
#include "services/AppointmentService.h"
#include "services/ScheduleService.h"

#include <QJsonObject>
#include <QVariantMap>
#include <optional>

namespace chairside::api {

// The appointment dialects of seed-contracts 6.7 in one place: our eight states in each seed's words, every
// seed's word back to a state, and the 004 and 002 renderings that both use them.
enum class StatusDialect
{
    Seed002, // Scheduled, Completed, Canceled, Rescheduled, No-show
    Seed003, // scheduled, confirmed, in_progress, completed, cancelled, no_show
    Seed004  // Pending, Confirmed, Cancelled
};

// `canonical` is a stored status ("scheduled", "in_chair", ...).
QString dialectStatus(const QString& canonical, StatusDialect dialect);
// Any seed's spelling, or ours, case-insensitively; nothing for a word no dialect knows.
std::optional<AppointmentStatus> parseAnyStatus(const QString& spelling);
// The stored states a dialect shows as `word` ("confirmed" in 003: confirmed and arrived), for list filters;
// a word of another dialect names the one state it parses to; empty for a word no dialect knows.
QStringList storedStatuses(const QString& word, StatusDialect dialect);

// Seed 004: {id, patient, doctor, appointment_time "…Z", status Pending/…}, plus appointment_date (clinic
// local), start, end, reason, notes, which 002 readers of /api/appointments/{id}/ look for.
QJsonObject renderAppointment004(const QVariantMap& row, const ScheduleService& schedule);
// Seed 002: appointment_date "YYYY-MM-DD" and appointment_time "HH:MM:SS" in clinic local time, status
// Scheduled/…, reason, notes.
QJsonObject renderAppointment002(const QVariantMap& row, const ScheduleService& schedule);

// What a dialect's body says about an appointment. Start: with `appointment_date`, `appointment_time` is a
// time of day (002); otherwise it is a date and time, naive meaning clinic local time (004).
struct AppointmentFields
{
    std::optional<QString> patient;
    std::optional<QString> doctor;
    std::optional<QDateTime> start; // UTC
    std::optional<AppointmentStatus> status;
    std::optional<QString> reason;
    std::optional<QString> notes;
};
// Parses what is present; `required` fields missing are reported as DRF does.
AppointmentFields appointmentFields(const QVariantMap& body, const ScheduleService& schedule,
                                    const QStringList& required, FieldErrors& errors);
// A booking of what was parsed (patient, doctor and start present): neither 002 nor 004 sends a length, so
// the booking's default applies.
BookingRequest bookingRequest(const AppointmentFields& fields);
// The parts of a body that change a booked appointment.
AppointmentChange appointmentChange(const AppointmentFields& fields);
// The service's field names in the dialects' words (dentist -> doctor, start -> appointment_time).
Error dialectError(Error error);
// handlers/Responses.h's one(), with the errors in the dialects' words.
template <typename Render>
ApiResponse oneInDialect(const Result<QVariantMap>& result, int status, Render render)
{
    if (!result)
        return ApiResponse::fromError(dialectError(result.error()));
    return ApiResponse::json(status, render(*result));
}

} // namespace chairside::api
