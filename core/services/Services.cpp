#include "Services.h"

namespace chairside {

Result<QVariantMap> Services::signUp(const RegistrationInput& input, const Actor& caller)
{
    auto details = patients.profileDetails(input.fields);
    if (!details)
        return details.error();
    auto user = accounts.registerUser(input, caller);
    if (!user || details->isEmpty())
        return user;
    const Actor self{user->value(QStringLiteral("id")).toString(),
                     parseRole(user->value(QStringLiteral("role")).toString()).value_or(Role::Patient),
                     caller.source};
    if (self.role != Role::Patient)
        return user;
    // The account stands even if this fails (it was committed first, outside the slow password hash's
    // transaction); the profile is then made on first use without the details.
    if (auto profile = patients.ownProfile(self, *details); !profile)
        qWarning("Chairside: the profile of new account %s was not saved: %s", qPrintable(self.userId),
                 qPrintable(profile.error().message));
    return user;
}

} // namespace chairside
