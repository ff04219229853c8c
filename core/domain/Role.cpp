#include "Role.h"

namespace chairside {

QString roleName(Role role)
{
    switch (role) {
    case Role::Patient:
        return QStringLiteral("patient");
    case Role::Receptionist:
        return QStringLiteral("receptionist");
    case Role::Dentist:
        return QStringLiteral("dentist");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return QStringLiteral("patient");
}

std::optional<Role> parseRole(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("patient"))
        return Role::Patient;
    if (t == QLatin1String("receptionist") || t == QLatin1String("staff"))
        return Role::Receptionist;
    if (t == QLatin1String("dentist") || t == QLatin1String("doctor"))
        return Role::Dentist;
    if (t == QLatin1String("admin") || t == QLatin1String("administrator"))
        return Role::Admin;
    return std::nullopt;
}

} // namespace chairside
