#include "services/CalendarFeedService.h"

#include "Uuid.h"
#include "auth/PasswordHasher.h"
#include "auth/Permissions.h"
#include "services/DoctorService.h"
#include "store/Query.h"
#include "store/UnitOfWork.h"

namespace chairside {

namespace {

const QString kTable = QStringLiteral("calendar_feeds");
const QString kDentist = QStringLiteral("dentist");
const QString kChair = QStringLiteral("chair");
// 32 random bytes, as 64 hex digits: safe in a URL as it is.
constexpr int kTokenBytes = 32;

QString str(const QVariantMap& m, const QString& key)
{
    return m.value(key).toString();
}

// "Anna Maria Berg" -> "A. M. B." (see CalendarEvent).
QString initials(const QString& name)
{
    QStringList letters;
    for (const QString& word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(0, 3))
        letters << word.left(1).toUpper() + QLatin1Char('.');
    return letters.isEmpty() ? QStringLiteral("Patient") : letters.join(QLatin1Char(' '));
}

} // namespace

Result<QString> CalendarFeedService::subjectName(const QString& kind, const QString& subjectId) const
{
    const QString table = kind == kDentist ? QStringLiteral("doctors") : QStringLiteral("chairs");
    auto name = sql::scalar(
        m_ctx.db.connection(),
        QStringLiteral("SELECT name FROM %1 WHERE id = ? AND deleted_at IS NULL").arg(table), {subjectId});
    if (!name)
        return name.error();
    if (!name->isValid())
        return Error::notFound();
    return name->toString();
}

QString CalendarFeedService::feedUrl(const QString& baseUrl, const QString& kind, const QString& token)
{
    return QStringLiteral("%1/calendar/%2/%3.ics").arg(baseUrl, kind, token);
}

Result<QList<QVariantMap>> CalendarFeedService::subjects(const Actor& actor)
{
    if (!allows(actor.role, Permission::ManageCalendarFeeds))
        return Error::forbidden();
    if (actor.role != Role::Admin) {
        const QString own = DoctorService::linkedProfileId(m_ctx.db.connection(), actor.userId);
        return sql::select(m_ctx.db.connection(),
                           QStringLiteral("SELECT 'dentist' AS kind, id AS subject_id, name AS subject_name "
                                          "FROM doctors WHERE id = ? AND deleted_at IS NULL"),
                           {own});
    }
    return sql::select(m_ctx.db.connection(),
                       QStringLiteral("SELECT 'dentist' AS kind, id AS subject_id, name AS subject_name "
                                      "FROM doctors WHERE deleted_at IS NULL UNION ALL "
                                      "SELECT 'chair', id, name FROM chairs WHERE deleted_at IS NULL "
                                      "ORDER BY kind DESC, subject_name")); // dentists first
}

Result<QVariantMap> CalendarFeedService::create(const Actor& actor, const QString& kind,
                                                const QString& subjectId)
{
    if (!allows(actor.role, Permission::ManageCalendarFeeds))
        return Error::forbidden();
    FieldErrors errors;
    if (kind != kDentist && kind != kChair)
        errors.add(QStringLiteral("kind"),
                   QStringLiteral("\"%1\" is not a valid choice (dentist, chair).").arg(kind));
    if (subjectId.trimmed().isEmpty())
        errors.add(QStringLiteral("subject_id"), QStringLiteral("This field is required."));
    if (!errors.isEmpty())
        return errors.toError();
    auto name = subjectName(kind, subjectId);
    if (!name) {
        if (name.error().code == Error::Code::NotFound)
            return Error::field(QStringLiteral("subject_id"),
                                QStringLiteral("Invalid pk \"%1\" - object does not exist.").arg(subjectId));
        return name.error();
    }
    // A dentist publishes their own calendar only; a chair's shows every dentist's bookings in it.
    if (actor.role != Role::Admin &&
        (kind != kDentist ||
         DoctorService::linkedProfileId(m_ctx.db.connection(), actor.userId) != subjectId))
        return Error::forbidden(QStringLiteral("A dentist may make a feed of their own calendar only."));

    const QString token = Crypto::randomHex(kTokenBytes);
    const QString id = Uuid::v7(m_ctx.clock.nowUtc());
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    QVariantMap row{
        {QStringLiteral("kind"), kind},
        {QStringLiteral("subject_id"), subjectId},
        {QStringLiteral("token_hash"), Crypto::sha256Hex(token)},
        {QStringLiteral("created_by"), actor.userId.isEmpty() ? QVariant() : QVariant(actor.userId)},
        {QStringLiteral("created_at"), uow.nowIso()},
        {QStringLiteral("updated_at"), uow.nowIso()}};
    if (Status e = uow.insert(kTable, id, row))
        return *e;
    if (Status e = uow.commit())
        return *e;
    row.remove(QStringLiteral("token_hash"));
    row.insert(QStringLiteral("id"), id);
    row.insert(QStringLiteral("subject_name"), *name);
    row.insert(QStringLiteral("revoked_at"), QVariant());
    row.insert(QStringLiteral("token"), token);
    return row;
}

Result<QList<QVariantMap>> CalendarFeedService::list(const Actor& actor)
{
    if (!allows(actor.role, Permission::ManageCalendarFeeds))
        return Error::forbidden();
    QString where = QStringLiteral("f.deleted_at IS NULL");
    QVariantList binds;
    if (actor.role != Role::Admin) {
        where += QStringLiteral(" AND f.kind = 'dentist' AND f.subject_id = ?");
        binds << DoctorService::linkedProfileId(m_ctx.db.connection(), actor.userId);
    }
    return sql::select(
        m_ctx.db.connection(),
        QStringLiteral("SELECT f.id, f.kind, f.subject_id, f.created_by, f.created_at, f.updated_at, "
                       "f.revoked_at, COALESCE(d.name, c.name) AS subject_name FROM calendar_feeds f "
                       "LEFT JOIN doctors d ON f.kind = 'dentist' AND d.id = f.subject_id "
                       "LEFT JOIN chairs c ON f.kind = 'chair' AND c.id = f.subject_id WHERE %1 "
                       "ORDER BY f.created_at DESC, f.id DESC")
            .arg(where),
        binds);
}

Result<QVariantMap> CalendarFeedService::manageable(const Actor& actor, const QString& id)
{
    if (!allows(actor.role, Permission::ManageCalendarFeeds))
        return Error::forbidden();
    auto feed = sql::selectOne(
        m_ctx.db.connection(),
        QStringLiteral("SELECT * FROM calendar_feeds WHERE id = ? AND deleted_at IS NULL"), {id});
    if (!feed)
        return feed.error();
    if (!feed->has_value())
        return Error::notFound();
    const QVariantMap row = **feed;
    // Another dentist's feed, or a chair's, is not theirs to see: not found, as for patients.
    if (actor.role != Role::Admin && (str(row, QStringLiteral("kind")) != kDentist ||
                                      DoctorService::linkedProfileId(m_ctx.db.connection(), actor.userId) !=
                                          str(row, QStringLiteral("subject_id"))))
        return Error::notFound();
    return row;
}

Status CalendarFeedService::revoke(const Actor& actor, const QString& id)
{
    auto feed = manageable(actor, id);
    if (!feed)
        return feed.error();
    if (!feed->value(QStringLiteral("revoked_at")).isNull())
        return std::nullopt;
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    if (Status e = uow.update(
            kTable, id,
            {{QStringLiteral("revoked_at"), uow.nowIso()}, {QStringLiteral("updated_at"), uow.nowIso()}}))
        return e;
    return uow.commit();
}

Result<CalendarFeed> CalendarFeedService::open(const QString& kind, const QString& token)
{
    // Looked up by the token's hash: no comparison with a stored token ever runs.
    auto row =
        sql::selectOne(m_ctx.db.connection(),
                       QStringLiteral("SELECT * FROM calendar_feeds WHERE token_hash = ? AND kind = ? AND "
                                      "revoked_at IS NULL AND deleted_at IS NULL"),
                       {Crypto::sha256Hex(token), kind});
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error::notFound();
    CalendarFeed feed;
    feed.id = str(**row, QStringLiteral("id"));
    feed.kind = kind;
    feed.subjectId = str(**row, QStringLiteral("subject_id"));
    auto name = subjectName(kind, feed.subjectId);
    if (!name)
        return name.error();
    feed.subjectName = *name;

    AppointmentQuery q;
    const QDateTime now = m_ctx.clock.nowUtc();
    q.from = now.addDays(-kDaysBack);
    q.to = now.addDays(kDaysAhead);
    (kind == kDentist ? q.dentistId : q.chairId) = feed.subjectId;
    // The station reads for the feed (the token is no account): not recorded as a person's read.
    auto appointments = m_appointments.list(Actor::system(QStringLiteral("calendar")), q);
    if (!appointments)
        return appointments.error();
    const bool dentist = kind == kDentist;
    const auto at = [](const QVariantMap& row, const QString& key) {
        return QDateTime::fromString(str(row, key), Qt::ISODateWithMs).toUTC();
    };
    for (const QVariantMap& a : *appointments)
        feed.events.append({str(a, QStringLiteral("id")), at(a, QStringLiteral("start_at")),
                            at(a, QStringLiteral("end_at")), at(a, QStringLiteral("created_at")),
                            at(a, QStringLiteral("updated_at")), str(a, QStringLiteral("status")),
                            dentist ? initials(str(a, QStringLiteral("patient_name")))
                                    : QStringLiteral("Booked: ") + str(a, QStringLiteral("dentist_name")),
                            dentist ? str(a, QStringLiteral("chair_name")) : feed.subjectName,
                            str(a, QStringLiteral("dentist_id")), str(a, QStringLiteral("dentist_name"))});
    return feed;
}

} // namespace chairside
