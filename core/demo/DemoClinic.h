#pragma once

#include "Error.h"
#include "services/Services.h"

namespace chairside {

struct DemoAccounts
{
    QString adminEmail;
    QString receptionistEmail;
    QString dentistEmail;
    QString password;
};

struct DemoSize
{
    int patients = 200;
    // One dentist per chair, each working at their own chair.
    int chairs = 3;
    // Completed visits before the month around today, going back day by day (a clinic's history; the
    // benchmarks use a million).
    int pastVisits = 0;

    static constexpr int kMaxChairs = 10;
};

// Fills a store with a believable clinic through the ordinary services (so every rule holds and the change
// and audit logs are real): staff accounts, dentists with their weekly hours, chairs, materials, patients
// with medical histories and assignments, visits in the month around today (the completed ones with a
// clinical record, one in four with a sample X-ray) and, when asked, years of past
// visits. Running it again adds patients (and their visits) but never duplicates the accounts, dentists,
// chairs or stock.
class DemoClinic
{
public:
    static DemoAccounts accounts();
    // A store this class filled: its demo admin account exists. Only such a store may be given more demo
    // data from the desktop, so a clinic's real store never gets accounts with the published password.
    static bool isDemoStore(Services& services);
    // `progress` is called with (what, done, total) after each committed batch of a long run; returning
    // false stops the run there, keeping what was committed (whole patients with their visits), and seed()
    // answers kStopped.
    using Progress = std::function<bool(const QString& what, int done, int total)>;
    static const QString kStopped;
    static Status seed(Services& services, const DemoSize& size, const Progress& progress = {});
};

} // namespace chairside
