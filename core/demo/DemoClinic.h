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
// are real): staff accounts, dentists, patients with histories, assignments. Running it again adds patients
// but never duplicates the accounts.
class DemoClinic
{
public:
    static DemoAccounts accounts();
    // `progress` is called with (done, total) now and then for long runs.
    static Status seed(Services& services, int patientCount, const std::function<void(int, int)>& progress = {});
};

} // namespace chairside
