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

// Fills a store with a small believable clinic through the ordinary services (so the change and audit logs
// are real): staff accounts, dentists with their weekly hours, three chairs, materials, patients with
// histories and assignments, and visits in the month around today. Running it again adds patients (and their
// visits) but never duplicates the accounts, chairs or stock.
class DemoClinic
{
public:
    static DemoAccounts accounts();
    // `progress` is called with (done, total) now and then for long runs.
    static Status seed(Services& services, int patientCount,
                       const std::function<void(int, int)>& progress = {});
};

} // namespace chairside
