#include "Services.h"

namespace chairside {

Result<QVariantMap> Services::signUp(const RegistrationInput& input, const Actor& caller)
{
    auto details = patients.profileDetails(input.fields);
    if (!details)
        return details.error();
    QString chosenDoctor;
    if (const QString ref = input.fields.value(QStringLiteral("doctor_id")).toString(); !ref.isEmpty()) {
        auto doctor = doctors.doctorTakingPatients(ref);
        if (!doctor)
            return doctor.error();
        chosenDoctor = *doctor;
    }
    auto user = accounts.registerUser(input, caller);
    if (!user || (details->isEmpty() && chosenDoctor.isEmpty()))
        return user;
    const Actor self{user->value(QStringLiteral("id")).toString(),
                     parseRole(user->value(QStringLiteral("role")).toString()).value_or(Role::Patient),
                     caller.source};
    if (self.role != Role::Patient)
        return user;
    // The account stands even if this fails (it was committed first, outside the slow password hash's
    // transaction); the profile is then made on first use without the details.
    auto profile = patients.ownProfile(self, *details);
    if (!profile) {
        qWarning("Chairside: the profile of new account %s was not saved: %s", qPrintable(self.userId),
                 qPrintable(profile.error().message));
        return user;
    }
    if (!chosenDoctor.isEmpty()) {
        if (auto assigned =
                mappings.create(self, profile->value(QStringLiteral("id")).toString(), chosenDoctor);
            !assigned)
            qWarning("Chairside: new account %s was not given its chosen doctor: %s", qPrintable(self.userId),
                     qPrintable(assigned.error().message));
    }
    return user;
}

} // namespace chairside
