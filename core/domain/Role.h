#pragma once

#include <QString>
#include <optional>

namespace chairside {

enum class Role
{
    Patient,
    Receptionist,
    Dentist,
    Admin
};

QString roleName(Role role);
// Accepts our names and the seeds' spellings ("Doctor", "Staff", "user_type": "admin", ...),
// case-insensitively.
std::optional<Role> parseRole(const QString& text);
// Staff run the front desk and the back office: they see every patient and may write doctors.
inline bool isStaff(Role role)
{
    return role == Role::Receptionist || role == Role::Admin;
}

// Who is acting, and through which door; every service call takes one.
struct Actor
{
    QString userId;
    Role role = Role::Patient;
    QString source = QStringLiteral("api");
    // Which client acted, for the audit log: for the API, the remote address, the credential's id (never
    // the credential) and the User-Agent, as the REST layer describes them; empty at the desktop, whose
    // client is the station itself (the log names the station).
    QString client = {};

    bool staff() const { return isStaff(role); }
    static Actor system(const QString& source = QStringLiteral("system"))
    {
        return Actor{QString(), Role::Admin, source};
    }
};

} // namespace chairside
