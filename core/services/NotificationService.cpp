#include "NotificationService.h"

#include "Uuid.h"
#include "auth/Permissions.h"
#include "domain/Fields.h"
#include "store/Query.h"
#include "store/UnitOfWork.h"

namespace chairside {

namespace {

bool seesEveryMessage(const Actor& actor)
{
    return actor.staff();
}

} // namespace

const QStringList& NotificationService::channels()
{
    static const QStringList codes{QStringLiteral("email"), QStringLiteral("sms")};
    return codes;
}

const QStringList& NotificationService::statuses()
{
    static const QStringList codes{QStringLiteral("pending"), QStringLiteral("sent"),
                                   QStringLiteral("failed")};
    return codes;
}

Result<QVariantMap> NotificationService::send(const Actor& actor, const QVariantMap& input)
{
    if (!allows(actor.role, Permission::SendNotifications))
        return Error::forbidden();
    FieldErrors errors;
    QVariantMap row = normalizeFields({{QStringLiteral("subject"), FieldType::Text, 255},
                                       {QStringLiteral("message"), FieldType::LongText},
                                       {QStringLiteral("provider_message_id"), FieldType::Text, 255},
                                       {QStringLiteral("error_message"), FieldType::LongText}},
                                      input, errors);
    if (isNullValue(row.value(QStringLiteral("message"))) && !errors.has(QStringLiteral("message")))
        errors.add(QStringLiteral("message"), QStringLiteral("This field is required."));

    const QVariant channel = input.contains(QStringLiteral("type")) ? input.value(QStringLiteral("type"))
                                                                    : input.value(QStringLiteral("channel"));
    if (isNullValue(channel))
        errors.add(QStringLiteral("type"), QStringLiteral("This field is required."));
    else if (auto code = enumCode(channel, channels()))
        row.insert(QStringLiteral("channel"), *code);
    else
        errors.add(QStringLiteral("type"),
                   QStringLiteral("\"%1\" is not a valid choice.").arg(channel.toString()));

    const QVariant status = input.value(QStringLiteral("status"));
    if (isNullValue(status))
        row.insert(QStringLiteral("status"), QStringLiteral("pending"));
    else if (auto code = enumCode(status, statuses()))
        row.insert(QStringLiteral("status"), *code);
    else
        errors.add(QStringLiteral("status"),
                   QStringLiteral("\"%1\" is not a valid choice.").arg(status.toString()));

    const QString userId = input.value(QStringLiteral("user_id")).toString();
    if (userId.isEmpty()) {
        errors.add(QStringLiteral("user"), QStringLiteral("This field is required."));
    } else {
        auto found =
            Uuid::isValid(userId)
                ? sql::scalar(m_ctx.db.connection(),
                              QStringLiteral("SELECT 1 FROM users WHERE id = ? AND deleted_at IS NULL"),
                              {userId})
                : Result<QVariant>(QVariant());
        if (!found || !found->isValid())
            errors.add(QStringLiteral("user"),
                       QStringLiteral("Invalid pk \"%1\" - object does not exist.").arg(userId));
        row.insert(QStringLiteral("user_id"), userId);
    }
    const QString appointmentId = input.value(QStringLiteral("appointment_id")).toString();
    if (!appointmentId.isEmpty()) {
        auto found = Uuid::isValid(appointmentId)
                         ? sql::scalar(m_ctx.db.connection(),
                                       QStringLiteral(
                                           "SELECT 1 FROM appointments WHERE id = ? AND deleted_at IS NULL"),
                                       {appointmentId})
                         : Result<QVariant>(QVariant());
        if (!found || !found->isValid())
            errors.add(QStringLiteral("appointment"),
                       QStringLiteral("Invalid pk \"%1\" - object does not exist.").arg(appointmentId));
        row.insert(QStringLiteral("appointment_id"), appointmentId);
    }
    if (!errors.isEmpty())
        return errors.toError();

    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    const QString id = Uuid::v7(uow.now());
    row.insert(QStringLiteral("is_read"), 0);
    if (row.value(QStringLiteral("status")) == QLatin1String("sent"))
        row.insert(QStringLiteral("sent_at"), uow.nowIso());
    row.insert(QStringLiteral("created_by"), actor.userId.isEmpty() ? QVariant() : QVariant(actor.userId));
    row.insert(QStringLiteral("created_at"), uow.nowIso());
    row.insert(QStringLiteral("updated_at"), uow.nowIso());
    if (Status e = uow.insert(QStringLiteral("notifications"), id, row))
        return *e;
    if (Status e = uow.commit())
        return *e;
    return get(actor, id);
}

Result<QList<QVariantMap>> NotificationService::list(const Actor& actor)
{
    if (actor.userId.isEmpty())
        return Error::unauthenticated(QStringLiteral("Authentication credentials were not provided."));
    if (seesEveryMessage(actor))
        return sql::select(m_ctx.db.connection(),
                           QStringLiteral("SELECT * FROM notifications WHERE deleted_at IS NULL "
                                          "ORDER BY created_at DESC, id DESC"));
    return sql::select(m_ctx.db.connection(),
                       QStringLiteral("SELECT * FROM notifications WHERE user_id = ? AND deleted_at IS NULL "
                                      "ORDER BY created_at DESC, id DESC"),
                       {actor.userId});
}

Result<QVariantMap> NotificationService::get(const Actor& actor, const QString& id)
{
    if (!Uuid::isValid(id))
        return Error::notFound();
    auto row = sql::selectOne(
        m_ctx.db.connection(),
        QStringLiteral("SELECT * FROM notifications WHERE id = ? AND deleted_at IS NULL"), {id});
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error::notFound();
    if (!seesEveryMessage(actor) && (*row)->value(QStringLiteral("user_id")).toString() != actor.userId)
        return Error::notFound(); // another user's message is not there for this caller
    return **row;
}

Result<QVariantMap> NotificationService::markRead(const Actor& actor, const QString& id)
{
    auto current = get(actor, id);
    if (!current)
        return current.error();
    if (current->value(QStringLiteral("is_read")).toInt() != 0)
        return *current;
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    if (Status e = uow.update(QStringLiteral("notifications"), id,
                              {{QStringLiteral("is_read"), 1},
                               {QStringLiteral("read_at"), uow.nowIso()},
                               {QStringLiteral("updated_at"), uow.nowIso()}}))
        return *e;
    if (Status e = uow.commit())
        return *e;
    return get(actor, id);
}

} // namespace chairside
