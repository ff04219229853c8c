#pragma once

#include "Error.h"
#include "domain/Fields.h"
#include "domain/Role.h"
#include "services/ServiceContext.h"

#include <QVariantMap>
#include <optional>

namespace chairside {

// Doctors (dentists): any signed-in user reads them; only staff write them (seed-contracts decision 2).
class DoctorService
{
public:
    explicit DoctorService(ServiceContext& ctx)
        : m_ctx(ctx)
    {}

    static const QList<FieldSpec>& fieldSpecs();

    Result<QVariantMap> create(const Actor& actor, const QVariantMap& input);
    // A doctor profile of the login account `userId` (seed 004's nested `user`), sharing its id
    // (seed-contracts decision 1).
    Result<QVariantMap> createLinked(const Actor& actor, const QVariantMap& input, const QString& userId);
    Result<QVariantMap> get(const Actor& actor, const QString& id);
    Result<QList<QVariantMap>> list(const Actor& actor);
    Result<QVariantMap> update(const Actor& actor, const QString& id, const QVariantMap& input, bool partial);
    Status remove(const Actor& actor, const QString& id);

    // Staff approve a doctor (seed 002): is_approved, approved_at = now, and the notes when given.
    Result<QVariantMap> approve(const Actor& actor, const QString& id, const QVariant& notes);

    // Sign-up of a dentist (seed 002's register/doctor, seed 003's user_type doctor). The profile fields are
    // checked first, before any account exists: the fields to keep, or the field errors. `required` names
    // the fields the dialect insists on. Approval fields are not the applicant's to set and are dropped.
    Result<QVariantMap> checkApplication(const QVariantMap& input, const QStringList& required);
    // The doctor profile of the applicant's new account, sharing its id (decision 1), named after the
    // account; `approved` only when staff sign the dentist up.
    Result<QVariantMap> createOwnProfile(const Actor& applicant, const QVariantMap& checkedFields,
                                         bool approved);
    // The doctor profile linked to an account, if any.
    // The id of the doctor profile linked to an account (the one made with it, which shares its id, first),
    // or empty: the one rule for "this dentist's own" (appointments, consultations, prescriptions).
    static QString linkedProfileId(const QSqlDatabase& db, const QString& userId);
    // The live doctor profile `id` names: the profile's own id, or the account it is linked to (seed 003
    // names doctors by user id); empty when it names neither.
    static QString profileIdFor(const QSqlDatabase& db, const QString& id);

    // Seed 003: a patient signing up may choose their doctor, one who is approved and has fewer than this
    // many live patients (the doctors with room are listed to anyone, see patient_count).
    static constexpr int kPatientsPerChosenDoctor = 4;
    // Whether a doctor row (as get and list give it) takes a new patient who chooses them.
    static bool takesNewPatients(const QVariantMap& doctor);
    // The doctor profile `ref` (a profile or account id) names when it takes a new patient; otherwise a
    // field error under doctor_id.
    Result<QString> doctorTakingPatients(const QString& ref);
    Result<std::optional<QVariantMap>> ofUser(const Actor& actor, const QString& userId);
    // A dentist edits their own profile (specialization, licence, ...); approval fields and the account link
    // stay the staff's.
    Result<QVariantMap> updateOwn(const Actor& actor, const QVariantMap& input);

    // Seed 003's specialization codes ("general", "cardiology", ...): the code a text names, compared
    // case-insensitively, or the text itself when it names none (free text is kept, seed-contracts 6.1).
    static QString specializationCode(const QString& text);

private:
    Result<QVariantMap> normalize(const QVariantMap& input, const QVariantMap& current, bool requireName,
                                  const QString& excludeId);
    QVariantMap present(const QVariantMap& row) const;
    Result<QVariantMap> insert(const Actor& actor, const QVariantMap& input, const QString& id);

    ServiceContext& m_ctx;
};

} // namespace chairside
