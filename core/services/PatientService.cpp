#include "PatientService.h"

#include "Uuid.h"
#include "auth/Permissions.h"
#include "domain/Fields.h"
#include "services/MappingService.h"
#include "services/ReadAudit.h"
#include "store/Query.h"
#include "store/UniqueRules.h"
#include "store/UnitOfWork.h"

#include <algorithm>
#include <array>

namespace chairside {

namespace {

const QString kTable = QStringLiteral("patients");
// The linked login account's name and address, which seed 004 shows nested as the patient's `user`.
const QString kUserColumns = QStringLiteral("u.username AS user_username, u.email AS user_email");
const QString kUserJoin = QStringLiteral("LEFT JOIN users u ON u.id = p.user_id");

// The clause that limits a query on `patients p` to what the actor may see: the patients an account created,
// its own record, and for a dentist those assigned to or booked with them. Binds the actor's id four times.
QString visibilityClause(const Actor& actor)
{
    if (allows(actor.role, Permission::SeeAllPatients))
        return QStringLiteral("1 = 1");
    return QStringLiteral(
        "(p.owner_id = ? OR p.user_id = ? OR p.id IN (SELECT m.patient_id FROM "
        "patient_doctor_mappings m JOIN doctors d ON d.id = m.doctor_id "
        "WHERE d.user_id = ? AND m.deleted_at IS NULL) OR p.id IN (SELECT a.patient_id FROM "
        "appointments a JOIN doctors d ON d.id = a.dentist_id "
        "WHERE d.user_id = ? AND a.deleted_at IS NULL))");
}

QVariantList visibilityBinds(const Actor& actor)
{
    if (allows(actor.role, Permission::SeeAllPatients))
        return {};
    return {actor.userId, actor.userId, actor.userId, actor.userId};
}

QString str(const QVariantMap& m, const QString& key)
{
    const QVariant v = m.value(key);
    return isNullValue(v) ? QString() : v.toString();
}

} // namespace

std::pair<QString, QVariantList> PatientService::visibility(const Actor& actor)
{
    return {visibilityClause(actor), visibilityBinds(actor)};
}

const QList<FieldSpec>& PatientService::fieldSpecs()
{
    static const QList<FieldSpec> specs{
        {QStringLiteral("name"), FieldType::Text, 255},
        {QStringLiteral("first_name"), FieldType::Text, 150},
        {QStringLiteral("last_name"), FieldType::Text, 150},
        {QStringLiteral("age"), FieldType::Integer, 0, 0, 150},
        {QStringLiteral("date_of_birth"), FieldType::Date},
        {QStringLiteral("gender"), FieldType::Gender},
        {QStringLiteral("phone"), FieldType::Phone, 30},
        {QStringLiteral("email"), FieldType::Email, 254},
        {QStringLiteral("address"), FieldType::LongText},
        {QStringLiteral("condition"), FieldType::LongText},
        {QStringLiteral("diagnosis"), FieldType::LongText},
        {QStringLiteral("medical_history"), FieldType::LongText},
        {QStringLiteral("allergies"), FieldType::LongText},
        {QStringLiteral("current_medications"), FieldType::LongText},
        {QStringLiteral("blood_type"), FieldType::Text, 5},
        {QStringLiteral("emergency_contact"), FieldType::Text, 255},
        {QStringLiteral("emergency_contact_name"), FieldType::Text, 255},
        {QStringLiteral("emergency_contact_phone"), FieldType::Phone, 30},
        {QStringLiteral("emergency_contact_relation"), FieldType::Text, 100},
        {QStringLiteral("insurance_provider"), FieldType::Text, 255},
        {QStringLiteral("insurance_number"), FieldType::Text, 50},
        {QStringLiteral("notes"), FieldType::LongText},
        // Appointment confirmations and reminders are not sent by a channel the patient opted out of.
        {QStringLiteral("email_opt_out"), FieldType::Boolean},
        {QStringLiteral("sms_opt_out"), FieldType::Boolean},
    };
    return specs;
}

Result<QVariantMap> PatientService::normalize(const QVariantMap& input, const QVariantMap& current,
                                              bool requireName, const QString& excludeId)
{
    FieldErrors errors;
    QVariantMap fields = normalizeFields(fieldSpecs(), input, errors);

    // name <-> first_name + last_name (seed-contracts 6.5): keep both forms filled and consistent.
    const bool nameGiven = fields.contains(QStringLiteral("name"));
    const bool partsGiven =
        fields.contains(QStringLiteral("first_name")) || fields.contains(QStringLiteral("last_name"));
    if (nameGiven && !partsGiven) {
        const QString name = str(fields, QStringLiteral("name"));
        fields.insert(QStringLiteral("first_name"),
                      name.isEmpty() ? QVariant() : QVariant(name.section(QLatin1Char(' '), 0, 0)));
        const QString rest = name.section(QLatin1Char(' '), 1).trimmed();
        fields.insert(QStringLiteral("last_name"), rest.isEmpty() ? QVariant() : QVariant(rest));
    } else if (partsGiven && !nameGiven) {
        const QString first = fields.contains(QStringLiteral("first_name"))
                                  ? str(fields, QStringLiteral("first_name"))
                                  : str(current, QStringLiteral("first_name"));
        const QString last = fields.contains(QStringLiteral("last_name"))
                                 ? str(fields, QStringLiteral("last_name"))
                                 : str(current, QStringLiteral("last_name"));
        const QString joined = QStringList{first, last}.join(QLatin1Char(' ')).trimmed();
        fields.insert(QStringLiteral("name"), joined.isEmpty() ? QVariant() : QVariant(joined));
    }
    const QString effectiveName = fields.contains(QStringLiteral("name"))
                                      ? str(fields, QStringLiteral("name"))
                                      : str(current, QStringLiteral("name"));
    // A full update (PUT) must carry the name again, as DRF requires; a partial one may not blank it.
    const bool nameSent =
        input.contains(QStringLiteral("name")) || input.contains(QStringLiteral("first_name"));
    if (requireName && !nameSent && !errors.has(QStringLiteral("name")))
        errors.add(QStringLiteral("name"), QStringLiteral("This field is required."));
    else if (nameSent && effectiveName.isEmpty() && !errors.has(QStringLiteral("name")) &&
             !errors.has(QStringLiteral("first_name")))
        errors.add(QStringLiteral("name"), QStringLiteral("This field may not be blank."));

    const QString dob = str(fields, QStringLiteral("date_of_birth"));
    if (!dob.isEmpty() && QDate::fromString(dob, Qt::ISODate) > m_ctx.clock.nowUtc().date())
        errors.add(QStringLiteral("date_of_birth"), QStringLiteral("Date of birth cannot be in the future."));

    auto duplicated =
        duplicatedRules(m_ctx.db.connection(), QStringLiteral("patients"), excludeId, fields, fields.keys());
    if (!duplicated)
        return duplicated.error();
    for (const UniqueRule& rule : *duplicated) {
        const QString column = rule.columns.first();
        errors.add(column, QStringLiteral("patient with this %1 already exists.")
                               .arg(QString(column).replace(QLatin1Char('_'), QLatin1Char(' '))));
    }
    if (!errors.isEmpty())
        return errors.toError();
    return fields;
}

QVariantMap PatientService::present(const QVariantMap& row) const
{
    QVariantMap p = row;
    const int computedAge = ageOn(str(row, QStringLiteral("date_of_birth")), m_ctx.clock.nowUtc().date());
    if (computedAge >= 0)
        p.insert(QStringLiteral("age"), computedAge);
    return p;
}

Result<QVariantMap> PatientService::create(const Actor& actor, const QVariantMap& input)
{
    return insert(actor, input, Uuid::v7(m_ctx.clock.nowUtc()), QString());
}

Result<QVariantMap> PatientService::checkNew(const Actor& actor, const QVariantMap& input)
{
    if (!allows(actor.role, Permission::CreatePatient))
        return Error::forbidden();
    return normalize(input, {}, true, QString());
}

Result<std::optional<PatientMatch>> PatientService::likelySame(const Actor& actor, const QVariantMap& fields)
{
    if (!allows(actor.role, Permission::SeeAllPatients))
        return Error::forbidden();
    const auto match = [](const QVariantMap& found, const QString& reason) {
        return std::optional<PatientMatch>(PatientMatch{str(found, QStringLiteral("id")),
                                                        str(found, QStringLiteral("name")),
                                                        str(found, QStringLiteral("date_of_birth")), reason});
    };
    // One probe per rule, each an index range (migrations 0006 and 0007), in the order a match is most
    // certain.
    for (const auto& [column, condition] :
         {std::pair{QStringLiteral("insurance_number"), QStringLiteral("= ?")},
          std::pair{QStringLiteral("phone"), QStringLiteral("= ?")},
          std::pair{QStringLiteral("email"), QStringLiteral("= ? COLLATE NOCASE")}}) {
        const QString value = str(fields, column);
        if (value.isEmpty())
            continue;
        auto row =
            sql::selectOne(m_ctx.db.connection(),
                           QStringLiteral("SELECT id, name, date_of_birth FROM patients WHERE %1 %2 AND "
                                          "deleted_at IS NULL ORDER BY id LIMIT 1")
                               .arg(column, condition),
                           {value});
        if (!row)
            return row.error();
        if (row->has_value())
            return match(**row, column);
    }
    // The name is compared folded ("MÜLLER" is "Müller"), which SQLite's NOCASE (ASCII only) cannot do: the
    // patients born that day are read by the index and their names folded here; a day holds a handful.
    const QString name = foldedKey(str(fields, QStringLiteral("name")));
    const QString born = str(fields, QStringLiteral("date_of_birth"));
    if (name.isEmpty() || born.isEmpty())
        return std::optional<PatientMatch>();
    auto sameDay =
        sql::select(m_ctx.db.connection(),
                    QStringLiteral("SELECT id, name, date_of_birth FROM patients WHERE date_of_birth = ? "
                                   "AND deleted_at IS NULL ORDER BY id"),
                    {born});
    if (!sameDay)
        return sameDay.error();
    for (const QVariantMap& found : *sameDay)
        if (foldedKey(str(found, QStringLiteral("name"))) == name)
            return match(found, QStringLiteral("name and date_of_birth"));
    return std::optional<PatientMatch>();
}

Result<QVariantMap> PatientService::createLinked(const Actor& actor, const QVariantMap& input,
                                                 const QString& userId)
{
    if (!Uuid::isValid(userId))
        return Error::field(QStringLiteral("user"),
                            QStringLiteral("Invalid pk \"%1\" - object does not exist.").arg(userId));
    auto taken =
        sql::scalar(m_ctx.db.connection(), QStringLiteral("SELECT 1 FROM patients WHERE id = ?"), {userId});
    if (!taken)
        return taken.error();
    if (taken->isValid())
        return Error::field(QStringLiteral("user"), QStringLiteral("patient with this user already exists."));
    return insert(actor, input, userId, userId);
}

Result<QVariantMap> PatientService::insert(const Actor& actor, const QVariantMap& input, const QString& id,
                                           const QString& userId)
{
    if (!allows(actor.role, Permission::CreatePatient))
        return Error::forbidden();
    auto fields = normalize(input, {}, true, QString());
    if (!fields)
        return fields.error();
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    QVariantMap row = *fields;
    row.insert(QStringLiteral("owner_id"), actor.userId.isEmpty() ? QVariant() : QVariant(actor.userId));
    if (!userId.isEmpty())
        row.insert(QStringLiteral("user_id"), userId);
    row.insert(QStringLiteral("created_at"), uow.nowIso());
    row.insert(QStringLiteral("updated_at"), uow.nowIso());
    if (Status e = uow.insert(kTable, id, row))
        return *e;
    if (Status e = uow.commit())
        return *e;
    return find(actor, id);
}

Result<QVariantMap> PatientService::profileDetails(const QVariantMap& form)
{
    QVariantMap details;
    // Seed 000 (gender, phone, dob), 002 (address, emergency_contact) and 003 (the emergency contact's
    // parts, allergies, blood type, insurance) put these on a sign-up form.
    for (const QString& key :
         {QStringLiteral("gender"), QStringLiteral("phone"), QStringLiteral("date_of_birth"),
          QStringLiteral("address"), QStringLiteral("allergies"), QStringLiteral("emergency_contact"),
          QStringLiteral("emergency_contact_name"), QStringLiteral("emergency_contact_phone"),
          QStringLiteral("emergency_contact_relation"), QStringLiteral("current_medications"),
          QStringLiteral("blood_type"), QStringLiteral("insurance_provider"),
          QStringLiteral("insurance_number")}) {
        if (!isNullValue(form.value(key)) && !form.value(key).toString().trimmed().isEmpty())
            details.insert(key, form.value(key));
    }
    if (!details.contains(QStringLiteral("date_of_birth")) && !isNullValue(form.value(QStringLiteral("dob"))))
        details.insert(QStringLiteral("date_of_birth"), form.value(QStringLiteral("dob")));
    const QVariant history = form.value(QStringLiteral("medical_history"));
    const QString historyText = history.metaType().id() == QMetaType::QVariantMap
                                    ? history.toMap().value(QStringLiteral("text")).toString()
                                    : (isNullValue(history) ? QString() : history.toString());
    if (!historyText.trimmed().isEmpty())
        details.insert(QStringLiteral("medical_history"), historyText.trimmed());
    if (details.isEmpty())
        return details;
    return normalize(details, {}, false, QString());
}

Result<QVariantMap> PatientService::ownProfile(const Actor& actor, const QVariantMap& details)
{
    if (actor.userId.isEmpty())
        return Error::unauthenticated(QStringLiteral("Authentication credentials were not provided."));
    if (auto existing = find(actor, actor.userId))
        return existing;
    auto account =
        sql::selectOne(m_ctx.db.connection(),
                       QStringLiteral("SELECT first_name, last_name, username, email, phone FROM users "
                                      "WHERE id = ? AND deleted_at IS NULL"),
                       {actor.userId});
    if (!account)
        return account.error();
    if (!account->has_value())
        return Error::unauthenticated(QStringLiteral("User inactive or deleted."));
    const QVariantMap& u = **account;
    const QString name = personName(str(u, QStringLiteral("first_name")), str(u, QStringLiteral("last_name")),
                                    str(u, QStringLiteral("username")));
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    QVariantMap row{{QStringLiteral("owner_id"), actor.userId},
                    {QStringLiteral("user_id"), actor.userId},
                    {QStringLiteral("name"), name},
                    {QStringLiteral("first_name"), u.value(QStringLiteral("first_name"))},
                    {QStringLiteral("last_name"), u.value(QStringLiteral("last_name"))},
                    {QStringLiteral("email"), u.value(QStringLiteral("email"))},
                    {QStringLiteral("created_at"), uow.nowIso()},
                    {QStringLiteral("updated_at"), uow.nowIso()}};
    for (auto it = details.cbegin(); it != details.cend(); ++it) {
        if (!row.contains(it.key()))
            row.insert(it.key(), it.value());
    }
    if (Status e = uow.insert(kTable, actor.userId, row))
        return *e;
    if (Status e = uow.commit())
        return *e;
    return find(actor, actor.userId);
}

QString PatientService::profileIdFor(const QSqlDatabase& db, const QString& id)
{
    if (!Uuid::isValid(id))
        return {};
    auto found =
        sql::scalar(db,
                    QStringLiteral("SELECT id FROM patients WHERE (id = ? OR user_id = ?) AND deleted_at "
                                   "IS NULL ORDER BY id = ? DESC, (id = user_id) DESC, id LIMIT 1"),
                    {id, id, id});
    return found && found->isValid() ? found->toString() : QString();
}

bool PatientService::visibleTo(const Actor& actor, const QString& id)
{
    if (!Uuid::isValid(id))
        return false;
    auto found =
        sql::scalar(m_ctx.db.connection(),
                    QStringLiteral("SELECT 1 FROM patients p WHERE p.id = ? AND p.deleted_at IS NULL AND %1")
                        .arg(visibilityClause(actor)),
                    QVariantList{id} + visibilityBinds(actor));
    return found && found->isValid();
}

Result<QVariantMap> PatientService::find(const Actor& actor, const QString& id)
{
    if (!Uuid::isValid(id))
        return Error::notFound();
    // Another user's patient is "not found", not "forbidden": its existence is not the caller's business.
    auto row =
        sql::selectOne(m_ctx.db.connection(),
                       QStringLiteral("SELECT p.*, a.doctor_id, a.doctor_name, u.username AS user_username, "
                                      "u.email AS user_email FROM patients p LEFT JOIN "
                                      "(SELECT m.doctor_id, d.name AS doctor_name FROM "
                                      "patient_doctor_mappings m JOIN doctors d ON d.id = m.doctor_id "
                                      "WHERE m.patient_id = ? AND m.deleted_at IS NULL "
                                      "ORDER BY m.assigned_at DESC, m.id DESC LIMIT 1) a ON 1 = 1 "
                                      "LEFT JOIN users u ON u.id = p.user_id "
                                      "WHERE p.id = ? AND p.deleted_at IS NULL AND %1")
                           .arg(visibilityClause(actor)),
                       QVariantList{id, id} + visibilityBinds(actor));
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error::notFound();
    return present(**row);
}

Result<QVariantMap> PatientService::get(const Actor& actor, const QString& id)
{
    auto patient = find(actor, id);
    if (patient)
        if (Status e = readaudit::one(m_ctx, actor, QStringLiteral("patients"), id, id))
            return *e;
    return patient;
}

namespace {

// Patients the actor may see; with `changedSince`, only those changed since (the change feed).
std::pair<QString, QVariantList> visibleFilter(const Actor& actor,
                                               const std::optional<ChangesSince>& changedSince = {})
{
    QString clause = QStringLiteral("p.deleted_at IS NULL AND ") + visibilityClause(actor);
    QVariantList binds = visibilityBinds(actor);
    clause += ChangeFeed::andChangedSince(QStringLiteral("p.id"), changedSince, binds);
    return {clause, binds};
}

// The (id, name) of visible patients matching a search: a prefix of the name, last name, phone or email, or
// an exact birth date. Each is its own branch, an index range on a covering index of live patients
// (migration 0007), and the branches are joined by UNION; prefixes are [text, text + U+FFFF) ranges under
// NOCASE, so wildcards in the text are literal. With `perBranch` >= 0 each branch stops after that many in
// name order, which is all a page needs: the first page of a broad prefix on a large store then reads
// a few index entries, not thousands of rows.
std::pair<QString, QVariantList> searchMatches(const Actor& actor, const QString& search, int perBranch,
                                               const std::optional<ChangesSince>& changedSince = {})
{
    const QString upper = search + QChar(0xFFFF);
    const std::array<std::pair<QString, QVariantList>, 5> conditions{{
        {QStringLiteral("p.name >= ? COLLATE NOCASE AND p.name < ? COLLATE NOCASE"), {search, upper}},
        {QStringLiteral("p.last_name >= ? COLLATE NOCASE AND p.last_name < ? COLLATE NOCASE"),
         {search, upper}},
        {QStringLiteral("p.phone >= ? AND p.phone < ?"), {search, upper}},
        {QStringLiteral("p.email >= ? COLLATE NOCASE AND p.email < ? COLLATE NOCASE"), {search, upper}},
        {QStringLiteral("p.date_of_birth = ?"), {search}},
    }};
    const auto [visible, visibleBinds] = visibleFilter(actor, changedSince);
    QStringList branches;
    QVariantList binds;
    for (const auto& [condition, conditionBinds] : conditions) {
        branches.append(
            QStringLiteral("SELECT id, name FROM (SELECT p.id, p.name FROM patients p WHERE %1 AND "
                           "%2 ORDER BY p.name COLLATE NOCASE, p.id%3)")
                .arg(visible, condition, perBranch >= 0 ? QStringLiteral(" LIMIT ?") : QString()));
        binds += visibleBinds + conditionBinds;
        if (perBranch >= 0)
            binds << perBranch;
    }
    return {branches.join(QStringLiteral(" UNION ")), binds};
}

} // namespace

Result<QList<QVariantMap>> PatientService::list(const Actor& actor, const PatientQuery& query)
{
    const QString search = query.search.trimmed();
    // Bound, not spliced in, so every page of every search shares one prepared statement.
    const QString page = query.limit >= 0 ? QStringLiteral(" LIMIT ? OFFSET ?") : QString();
    const QVariantList pageBinds =
        query.limit >= 0 ? QVariantList{query.limit, std::max(0, query.offset)} : QVariantList();
    QString sqlText;
    QVariantList binds;
    if (search.isEmpty()) {
        auto [where, visibleBinds] = visibleFilter(actor, query.changedSince);
        if (const QString prefix = query.namePrefix.trimmed(); !prefix.isEmpty()) {
            const QString upper = prefix + QChar(0xFFFF);
            QStringList parts;
            for (const char* column : {"p.first_name", "p.last_name"}) {
                parts << QStringLiteral("%1 >= ? COLLATE NOCASE AND %1 < ? COLLATE NOCASE")
                             .arg(QLatin1String(column));
                visibleBinds << prefix << upper;
            }
            // Any word of the full name (FHIR matches the start of any part of a name); LIKE with the
            // text's own wildcards escaped, so they stay literal.
            QString escaped = prefix;
            escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                .replace(QLatin1Char('%'), QStringLiteral("\\%"))
                .replace(QLatin1Char('_'), QStringLiteral("\\_"));
            parts << QStringLiteral("(' ' || p.name) LIKE ? ESCAPE '\\'");
            visibleBinds << QStringLiteral("% ") + escaped + QLatin1Char('%');
            where += QStringLiteral(" AND (%1)").arg(parts.join(QStringLiteral(" OR ")));
        }
        if (query.bornFrom.isValid()) {
            where += QStringLiteral(" AND p.date_of_birth >= ?");
            visibleBinds << query.bornFrom.toString(Qt::ISODate);
        }
        if (query.bornBefore.isValid()) {
            where += QStringLiteral(" AND p.date_of_birth < ?");
            visibleBinds << query.bornBefore.toString(Qt::ISODate);
        }
        sqlText = QStringLiteral("SELECT p.*, %1 FROM patients p %2 WHERE %3 ORDER BY p.name COLLATE NOCASE, "
                                 "p.id%4")
                      .arg(kUserColumns, kUserJoin, where, page);
        binds = visibleBinds + pageBinds;
    } else {
        const int perBranch = query.limit >= 0 ? std::max(0, query.offset) + query.limit : -1;
        const auto [matches, matchBinds] = searchMatches(actor, search, perBranch, query.changedSince);
        sqlText = QStringLiteral("SELECT p.*, %1 FROM patients p %2 WHERE p.id IN (SELECT id FROM (%3) "
                                 "ORDER BY name COLLATE NOCASE, id%4) ORDER BY p.name COLLATE NOCASE, p.id")
                      .arg(kUserColumns, kUserJoin, matches, page);
        binds = matchBinds + pageBinds;
    }
    auto rows = sql::select(m_ctx.db.connection(), sqlText, binds);
    if (!rows)
        return rows.error();
    QList<QVariantMap> result;
    result.reserve(rows->size());
    for (const QVariantMap& r : *rows)
        result.append(present(r));
    // What was asked for, so "who searched for whom" can be answered for every door (FHIR's name and birth
    // dates too).
    QVariantMap filter;
    if (!search.isEmpty())
        filter.insert(QStringLiteral("search"), search);
    if (!query.namePrefix.trimmed().isEmpty())
        filter.insert(QStringLiteral("name"), query.namePrefix.trimmed());
    if (query.bornFrom.isValid())
        filter.insert(QStringLiteral("born_from"), query.bornFrom.toString(Qt::ISODate));
    if (query.bornBefore.isValid())
        filter.insert(QStringLiteral("born_before"), query.bornBefore.toString(Qt::ISODate));
    if (Status e =
            readaudit::list(m_ctx, actor, QStringLiteral("patients"), result, QStringLiteral("id"), filter))
        return *e;
    return result;
}

Result<int> PatientService::count(const Actor& actor, const QString& rawSearch,
                                  const std::optional<ChangesSince>& changedSince)
{
    const QString search = rawSearch.trimmed();
    auto [filter, binds] = search.isEmpty() ? visibleFilter(actor, changedSince)
                                            : searchMatches(actor, search, -1, changedSince);
    const QString sqlText = search.isEmpty()
                                ? QStringLiteral("SELECT count(*) FROM patients p WHERE %1").arg(filter)
                                : QStringLiteral("SELECT count(*) FROM (%1)").arg(filter);
    auto n = sql::scalar(m_ctx.db.connection(), sqlText, binds);
    if (!n)
        return n.error();
    return n->toInt();
}

Result<QVariantMap> PatientService::update(const Actor& actor, const QString& id, const QVariantMap& input,
                                           bool partial)
{
    auto current = find(actor, id);
    if (!current)
        return current.error();
    if (!allows(actor.role, Permission::EditAllPatients) &&
        str(*current, QStringLiteral("owner_id")) != actor.userId &&
        str(*current, QStringLiteral("user_id")) != actor.userId)
        return Error::forbidden(
            QStringLiteral("Only the staff or the patient's owner may change this record."));
    auto fields = normalize(input, *current, !partial, id);
    if (!fields)
        return fields.error();
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    QVariantMap changes = *fields;
    changes.insert(QStringLiteral("updated_at"), uow.nowIso());
    if (Status e = uow.update(kTable, id, changes))
        return *e;
    if (Status e = uow.commit())
        return *e;
    return find(actor, id);
}

Status PatientService::remove(const Actor& actor, const QString& id)
{
    auto current = find(actor, id);
    if (!current)
        return current.error();
    if (!allows(actor.role, Permission::EditAllPatients) &&
        str(*current, QStringLiteral("owner_id")) != actor.userId)
        return Error::forbidden(
            QStringLiteral("Only the staff or the patient's owner may delete this record."));
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    if (Status e = MappingService::removeAllFor(uow, m_ctx.db, QStringLiteral("patient_id"), id))
        return e;
    if (Status e = uow.softDelete(kTable, id))
        return e;
    return uow.commit();
}

} // namespace chairside
