#include "NotificationService.h"

#include "Uuid.h"
#include "auth/Permissions.h"
#include "domain/Fields.h"
#include "services/ReadAudit.h"
#include "store/Query.h"
#include "store/UnitOfWork.h"

#include <QTimeZone>

namespace chairside {

bool NotificationService::seesEveryMessage(const Actor& actor)
{
    return actor.staff();
}

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

    bool deliver = false;
    if (row.value(QStringLiteral("status")) == QLatin1String("pending")) {
        const bool sms = row.value(QStringLiteral("channel")) == QLatin1String("sms");
        auto address = sql::scalar(m_ctx.db.connection(),
                                   QStringLiteral("SELECT %1 FROM users WHERE id = ?")
                                       .arg(sms ? QStringLiteral("phone") : QStringLiteral("email")),
                                   {userId});
        const QString to = address ? address->toString() : QString();
        if (!(sms ? m_ctx.config.smsEnabled : m_ctx.config.mailEnabled)) {
            row.insert(QStringLiteral("status"), QStringLiteral("failed"));
            row.insert(QStringLiteral("error_message"),
                       sms ? QStringLiteral("Text messages are not configured at this station.")
                           : QStringLiteral("Email is not configured at this station."));
        } else if (to.isEmpty()) {
            row.insert(QStringLiteral("status"), QStringLiteral("failed"));
            row.insert(QStringLiteral("error_message"),
                       sms ? QStringLiteral("The user has no phone number on file.")
                           : QStringLiteral("The user has no email address on file."));
        } else {
            row.insert(QStringLiteral("recipient"), to);
            deliver = true;
        }
    }

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
    // The outbox entry joins the same transaction: the message is queued exactly when its row exists.
    if (deliver)
        m_outbox.enqueueNotification(id, row.value(QStringLiteral("channel")).toString(),
                                     row.value(QStringLiteral("recipient")).toString(),
                                     row.value(QStringLiteral("subject")).toString(),
                                     row.value(QStringLiteral("message")).toString());
    if (Status e = uow.commit())
        return *e;
    // The sender gets the message they wrote, also one that is not theirs to read later (a dentist writing to
    // a patient): find() answered "not found" after the write (the role matrix, #7).
    auto written = sql::selectOne(m_ctx.db.connection(),
                                  QStringLiteral("SELECT * FROM notifications WHERE id = ?"), {id});
    if (!written)
        return written.error();
    if (!written->has_value())
        return Error::notFound();
    return **written;
}

Status NotificationService::recordEmail(UnitOfWork& uow, const ClinicEmail& email)
{
    if (!m_ctx.config.mailEnabled)
        return std::nullopt;
    const QString reason = email.optedOut       ? QStringLiteral("Not sent: the patient opted out of email.")
                           : email.to.isEmpty() ? QStringLiteral("Not sent: no email address on file.")
                                                : QString();
    const auto orNull = [](const QString& text) { return text.isEmpty() ? QVariant() : QVariant(text); };
    const QString id = Uuid::v7(uow.now());
    if (Status e = uow.insert(QStringLiteral("notifications"), id,
                              {{QStringLiteral("user_id"), orNull(email.userId)},
                               {QStringLiteral("patient_id"), orNull(email.patientId)},
                               {QStringLiteral("appointment_id"), orNull(email.appointmentId)},
                               {QStringLiteral("kind"), email.kind},
                               {QStringLiteral("channel"), QStringLiteral("email")},
                               {QStringLiteral("status"),
                                reason.isEmpty() ? QStringLiteral("pending") : QStringLiteral("failed")},
                               {QStringLiteral("recipient"), orNull(email.to)},
                               {QStringLiteral("subject"), email.subject},
                               {QStringLiteral("message"), email.body},
                               {QStringLiteral("error_message"), orNull(reason)},
                               {QStringLiteral("is_read"), 0},
                               {QStringLiteral("created_at"), uow.nowIso()},
                               {QStringLiteral("updated_at"), uow.nowIso()}}))
        return e;
    if (reason.isEmpty())
        m_outbox.enqueueNotification(id, QStringLiteral("email"), email.to, email.subject, email.body);
    return std::nullopt;
}

int NotificationService::queueAppointmentMessages()
{
    if (!m_ctx.config.mailEnabled && !m_ctx.config.smsEnabled)
        return 0;
    return queueAppointmentMessages(QStringLiteral("confirmation")) +
           queueAppointmentMessages(QStringLiteral("reminder"));
}

int NotificationService::confirmBooking(const QString& appointmentId)
{
    if (!m_ctx.config.mailEnabled && !m_ctx.config.smsEnabled)
        return 0;
    return queueAppointmentMessages(QStringLiteral("confirmation"), appointmentId);
}

int NotificationService::queueAppointmentMessages(const QString& kind, const QString& appointmentId)
{
    const QDateTime now = m_ctx.clock.nowUtc();
    const bool reminder = kind == QLatin1String("reminder");
    // Future appointments only (an index range on start_at); booked here (the insert in the change log
    // carries this station's site id); nothing of this kind made for them yet, on any station.
    const QString window =
        reminder
            ? QStringLiteral("a.start_at <= ? AND a.created_at < strftime('%Y-%m-%dT%H:%M:%fZ', a.start_at, "
                             "'-%1 hours')")
                  .arg(kReminderHours)
            : QStringLiteral("a.created_at >= ?");
    const QDateTime bound =
        reminder ? now.addSecs(kReminderHours * 3600) : now.addSecs(-kReminderHours * 3600);
    QVariantList binds{toIsoUtc(now), toIsoUtc(bound), kind, m_ctx.db.siteId()};
    QString only;
    if (!appointmentId.isEmpty()) {
        only = QStringLiteral("AND a.id = ? ");
        binds << appointmentId;
    }
    auto due = sql::select(
        m_ctx.db.connection(),
        QStringLiteral(
            "SELECT a.id, a.start_at, p.id AS patient_id, p.user_id, p.name, p.first_name, "
            "COALESCE(p.email, pu.email) AS email, COALESCE(p.phone, pu.phone) AS phone, p.email_opt_out, "
            "p.sms_opt_out, COALESCE(d.name, du.username) AS doctor_name "
            "FROM appointments a JOIN patients p ON p.id = a.patient_id LEFT JOIN users pu ON pu.id = "
            "p.user_id "
            "LEFT JOIN doctors d ON d.id = a.dentist_id LEFT JOIN users du ON du.id = d.user_id "
            "WHERE a.start_at > ? AND %1 AND a.deleted_at IS NULL "
            "AND a.status IN ('requested', 'scheduled', 'confirmed') "
            "AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.appointment_id = a.id AND n.kind = ?) "
            "AND EXISTS (SELECT 1 FROM change_log c WHERE c.table_name = 'appointments' "
            "AND c.row_id = a.id AND c.op = 'insert' AND c.site_id = ?) %2"
            "ORDER BY a.start_at LIMIT 100")
            .arg(window, only),
        binds);
    if (!due)
        return 0;
    const QTimeZone zone = m_schedule.timeZone();
    int queued = 0;
    for (const QVariantMap& a : *due) {
        const QString firstName = a.value(QStringLiteral("first_name")).toString();
        const QString name = firstName.isEmpty() ? a.value(QStringLiteral("name")).toString() : firstName;
        const QString doctor = a.value(QStringLiteral("doctor_name")).toString();
        const QString when =
            QDateTime::fromString(a.value(QStringLiteral("start_at")).toString(), Qt::ISODateWithMs)
                .toTimeZone(zone)
                .toString(QStringLiteral("dddd d MMMM yyyy, HH:mm"));
        const QString with = doctor.isEmpty() ? QString() : QStringLiteral(" with Dr. %1").arg(doctor);
        const QString subject =
            reminder ? QStringLiteral("Appointment Reminder") : QStringLiteral("Appointment Confirmation");
        const QString text =
            reminder
                ? QStringLiteral("Dear %1, this is a reminder of your appointment%2 on %3.")
                      .arg(name, with, when)
                : QStringLiteral("Dear %1, your appointment%2 is confirmed for %3.").arg(name, with, when);

        struct Channel
        {
            QString code;
            bool configured;
            QString address;
            bool optedOut;
        };
        const QList<Channel> channels{
            {QStringLiteral("email"), m_ctx.config.mailEnabled, a.value(QStringLiteral("email")).toString(),
             a.value(QStringLiteral("email_opt_out")).toInt() != 0},
            {QStringLiteral("sms"), m_ctx.config.smsEnabled, a.value(QStringLiteral("phone")).toString(),
             a.value(QStringLiteral("sms_opt_out")).toInt() != 0}};
        UnitOfWork uow(m_ctx.db, m_ctx.clock, Actor::system(QStringLiteral("messages")));
        QStringList reasons;
        bool any = false;
        for (const Channel& c : channels) {
            if (!c.configured)
                continue;
            if (c.optedOut) {
                reasons << QStringLiteral("the patient opted out of %1").arg(c.code);
                continue;
            }
            if (c.address.isEmpty()) {
                reasons << QStringLiteral("no %1 on file")
                               .arg(c.code == QLatin1String("sms") ? QStringLiteral("phone number")
                                                                   : QStringLiteral("email address"));
                continue;
            }
            const QString id = Uuid::v7(uow.now());
            if (uow.insert(QStringLiteral("notifications"), id,
                           {{QStringLiteral("user_id"), a.value(QStringLiteral("user_id"))},
                            {QStringLiteral("patient_id"), a.value(QStringLiteral("patient_id"))},
                            {QStringLiteral("appointment_id"), a.value(QStringLiteral("id"))},
                            {QStringLiteral("kind"), kind},
                            {QStringLiteral("channel"), c.code},
                            {QStringLiteral("status"), QStringLiteral("pending")},
                            {QStringLiteral("recipient"), c.address},
                            {QStringLiteral("subject"), subject},
                            {QStringLiteral("message"), text},
                            {QStringLiteral("is_read"), 0},
                            {QStringLiteral("created_at"), uow.nowIso()},
                            {QStringLiteral("updated_at"), uow.nowIso()}}))
                return queued;
            m_outbox.enqueueNotification(id, c.code, c.address, subject, text);
            any = true;
            ++queued;
        }
        if (!any) {
            // Nothing could go: say so once, where the staff look, instead of asking again every round.
            if (uow.insert(QStringLiteral("notifications"), Uuid::v7(uow.now()),
                           {{QStringLiteral("user_id"), a.value(QStringLiteral("user_id"))},
                            {QStringLiteral("patient_id"), a.value(QStringLiteral("patient_id"))},
                            {QStringLiteral("appointment_id"), a.value(QStringLiteral("id"))},
                            {QStringLiteral("kind"), kind},
                            {QStringLiteral("channel"),
                             m_ctx.config.mailEnabled ? QStringLiteral("email") : QStringLiteral("sms")},
                            {QStringLiteral("status"), QStringLiteral("failed")},
                            {QStringLiteral("subject"), subject},
                            {QStringLiteral("message"), text},
                            {QStringLiteral("error_message"),
                             QStringLiteral("Not sent: %1.").arg(reasons.join(QStringLiteral(", ")))},
                            {QStringLiteral("is_read"), 0},
                            {QStringLiteral("created_at"), uow.nowIso()},
                            {QStringLiteral("updated_at"), uow.nowIso()}}))
                return queued;
        }
        if (uow.commit())
            return queued;
    }
    return queued;
}

Result<QList<QVariantMap>> NotificationService::list(const Actor& actor,
                                                     const std::optional<ChangesSince>& changedSince)
{
    if (actor.userId.isEmpty())
        return Error::unauthenticated(QStringLiteral("Authentication credentials were not provided."));
    QString where = QStringLiteral("deleted_at IS NULL");
    QVariantList binds;
    if (!seesEveryMessage(actor)) {
        where += QStringLiteral(" AND user_id = ?");
        binds << actor.userId;
    }
    where += ChangeFeed::andChangedSince(QStringLiteral("id"), changedSince, binds);
    auto rows = sql::select(
        m_ctx.db.connection(),
        QStringLiteral("SELECT * FROM notifications WHERE %1 ORDER BY created_at DESC, id DESC").arg(where),
        binds);
    if (rows)
        if (Status e = readaudit::list(m_ctx, actor, QStringLiteral("notifications"), *rows))
            return *e;
    return rows;
}

Result<QList<QVariantMap>> NotificationService::search(const Actor& actor, const NotificationQuery& query)
{
    if (actor.userId.isEmpty())
        return Error::unauthenticated(QStringLiteral("Authentication credentials were not provided."));
    QStringList where{QStringLiteral("n.deleted_at IS NULL")};
    QVariantList binds;
    if (!seesEveryMessage(actor)) {
        where << QStringLiteral("n.user_id = ?");
        binds << actor.userId;
    }
    if (!query.status.isEmpty()) {
        where << QStringLiteral("n.status = ?");
        binds << query.status;
    }
    if (!query.patientId.isEmpty()) {
        // A message the station sent names the patient; one staff sent to the patient's account names only
        // the account.
        where << QStringLiteral(
            "(n.patient_id = ? OR n.user_id = (SELECT user_id FROM patients WHERE id = ?))");
        binds << query.patientId << query.patientId;
    }
    binds << query.limit;
    auto rows = sql::select(
        m_ctx.db.connection(),
        QStringLiteral(
            "SELECT n.*, p.name AS patient_name, %1 AS user_name, o.attempts, o.next_attempt_at "
            "FROM notifications n LEFT JOIN patients p ON p.id = n.patient_id "
            "LEFT JOIN users u ON u.id = n.user_id LEFT JOIN mail_outbox o ON o.notification_id = n.id "
            "WHERE %2 ORDER BY n.created_at DESC, n.id DESC LIMIT ?")
            .arg(userNameSql(QStringLiteral("u")), where.join(QStringLiteral(" AND "))),
        binds);
    if (rows) {
        QVariantMap filter;
        if (!query.status.isEmpty())
            filter.insert(QStringLiteral("status"), query.status);
        if (!query.patientId.isEmpty())
            filter.insert(QStringLiteral("patient_id"), query.patientId);
        if (Status e = readaudit::list(m_ctx, actor, QStringLiteral("notifications"), *rows,
                                       QStringLiteral("patient_id"), filter))
            return *e;
    }
    return rows;
}

Result<QVariantMap> NotificationService::get(const Actor& actor, const QString& id)
{
    auto notification = find(actor, id);
    if (notification)
        if (Status e = readaudit::one(m_ctx, actor, QStringLiteral("notifications"), id,
                                      notification->value(QStringLiteral("patient_id")).toString()))
            return *e;
    return notification;
}

Result<QVariantMap> NotificationService::find(const Actor& actor, const QString& id)
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
    auto current = find(actor, id);
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
    return find(actor, id);
}

} // namespace chairside
