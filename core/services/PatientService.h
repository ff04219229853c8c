#pragma once

#include "Error.h"
#include "domain/Fields.h"
#include "domain/Role.h"
#include "services/ChangeFeed.h"
#include "services/ServiceContext.h"

#include <QDate>
#include <QVariantMap>

namespace chairside {

// An existing patient who is probably the person a new record describes (see PatientService::likelySame).
struct PatientMatch
{
    QString id;
    QString name;
    QString dateOfBirth;
    // What they share: "phone", "email", "insurance_number" or "name and date_of_birth".
    QString reason;
};

struct PatientQuery
{
    // Prefix of a name, phone or email; empty lists everyone the actor may see.
    QString search;
    int limit = -1;
    int offset = 0;
    // FHIR's Patient search, each narrowing the list when set: a prefix of a word of the name, or of the
    // first or last name (case-insensitive), and birth dates in [bornFrom, bornBefore).
    QString namePrefix;
    QDate bornFrom;
    QDate bornBefore;
    std::optional<ChangesSince> changedSince = std::nullopt; // only those changed since (the change feed)
};

// Patients: the union of the seeds' fields, owner scoping (non-staff see the patients they created, their own
// record, or those assigned to them as a doctor), soft delete.
class PatientService
{
public:
    explicit PatientService(ServiceContext& ctx)
        : m_ctx(ctx)
    {}

    static const QList<FieldSpec>& fieldSpecs();

    Result<QVariantMap> create(const Actor& actor, const QVariantMap& input);
    // What create would store for `input`, or the errors it would answer (the permission, every field rule,
    // the unique values); writes nothing. For imports, which check a whole file before writing any of it.
    Result<QVariantMap> checkNew(const Actor& actor, const QVariantMap& input);
    // A live patient who is likely the one `fields` (as checkNew answers them) describes: the same phone,
    // email or insurance number, or the same name (foldedKey: case, accents and punctuation aside) and date
    // of birth. Only for those who see every patient; others are refused, as the answer names patients they
    // may not see.
    Result<std::optional<PatientMatch>> likelySame(const Actor& actor, const QVariantMap& fields);
    // A patient whose record belongs to the login account `userId` (seed 004's nested `user`): it shares the
    // account's id (seed-contracts decision 1), so the account books "for me" with it.
    Result<QVariantMap> createLinked(const Actor& actor, const QVariantMap& input, const QString& userId);
    // get and list record the read in the audit log (readaudit); find does not: for checks and for the
    // answer to a write.
    Result<QVariantMap> get(const Actor& actor, const QString& id);
    Result<QVariantMap> find(const Actor& actor, const QString& id);
    Result<QList<QVariantMap>> list(const Actor& actor, const PatientQuery& query = {});
    Result<int> count(const Actor& actor, const QString& search = {},
                      const std::optional<ChangesSince>& changedSince = {});
    // `partial` = PATCH semantics; otherwise the required fields must be present again (PUT).
    Result<QVariantMap> update(const Actor& actor, const QString& id, const QVariantMap& input, bool partial);
    Status remove(const Actor& actor, const QString& id);

    // The patient record of the signed-in account itself (seed 000/004 book "for me"), created on first use
    // from the account's name. It shares the account's id (seed-contracts decision 1).
    // `details` (already checked with profileDetails) fill the profile when this call creates it.
    Result<QVariantMap> ownProfile(const Actor& actor, const QVariantMap& details = {});
    // The patient details a sign-up form may carry besides the account (seed 000 sends gender, phone,
    // date of birth as `dob`, and medical history as {text}), checked like any patient field: the fields
    // to keep, or the field errors. An empty medical history text means none (seed-contracts 1.3.1).
    Result<QVariantMap> profileDetails(const QVariantMap& form);

    // True when the patient exists (not deleted) and the actor may see it.
    bool visibleTo(const Actor& actor, const QString& id);
    // A SQL condition on a table alias `p` of patients limiting it to those the actor may see, with its
    // binds: the one place the owner-scoping rule is written.
    static std::pair<QString, QVariantList> visibility(const Actor& actor);
    // The live patient record `id` names: the record's own id, or the account it is linked to (seed 003
    // names patients by user id); empty when it names neither. Says nothing about who may see it.
    static QString profileIdFor(const QSqlDatabase& db, const QString& id);

private:
    Result<QVariantMap> normalize(const QVariantMap& input, const QVariantMap& current, bool requireName,
                                  const QString& excludeId);
    QVariantMap present(const QVariantMap& row) const;
    Result<QVariantMap> insert(const Actor& actor, const QVariantMap& input, const QString& id,
                               const QString& userId);

    ServiceContext& m_ctx;
};

} // namespace chairside
