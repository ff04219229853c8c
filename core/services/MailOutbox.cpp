#include "MailOutbox.h"

#include "Uuid.h"
#include "store/Query.h"
#include "store/UnitOfWork.h"

#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <mutex>

namespace chairside {

void MailOutbox::enqueue(const QString& kind, const QString& to, const QString& subject, const QString& body)
{
    if (!m_ctx.config.mailEnabled || to.isEmpty())
        return;
    insert(QStringLiteral("email"), kind, to, subject, body, QString());
}

void MailOutbox::enqueueNotification(const QString& notificationId, const QString& channel, const QString& to,
                                     const QString& subject, const QString& body)
{
    insert(channel, QStringLiteral("notification"), to, subject, body, notificationId);
}

void MailOutbox::insert(const QString& channel, const QString& kind, const QString& to,
                        const QString& subject, const QString& body, const QString& notificationId)
{
    // mail_outbox is station-local, so it is written directly rather than through the replicated write path.
    QSqlQuery q(m_ctx.db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO mail_outbox (id, channel, notification_id, recipient, subject, body, kind, "
        "created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString now = toIsoUtc(m_ctx.clock.nowUtc());
    for (const QVariant& v :
         {QVariant(Uuid::v7(m_ctx.clock.nowUtc())), QVariant(channel),
          notificationId.isEmpty() ? QVariant() : QVariant(notificationId), QVariant(to),
          QVariant(subject.isNull() ? QStringLiteral("") : subject), // a text message has none
          QVariant(body), QVariant(kind), QVariant(now), QVariant(now)})
        q.addBindValue(v);
    if (!q.exec())
        qWarning("Chairside messages: could not queue %s to %s: %s", qPrintable(kind), qPrintable(to),
                 qPrintable(q.lastError().text()));
}

int MailOutbox::deliverDue(MailSender* mail, SmsSender* sms, const QString& from)
{
    const QDateTime now = m_ctx.clock.nowUtc();
    auto due = sql::select(m_ctx.db.connection(),
                           QStringLiteral("SELECT * FROM mail_outbox WHERE sent_at IS NULL AND attempts < ? "
                                          "AND next_attempt_at <= ? AND channel IN (?, ?) "
                                          "ORDER BY created_at, id LIMIT 50"),
                           {kMaxAttempts, toIsoUtc(now), mail ? QStringLiteral("email") : QString(),
                            sms ? QStringLiteral("sms") : QString()});
    if (!due)
        return 0;
    int delivered = 0;
    for (const QVariantMap& m : *due) {
        const QString id = m.value(QStringLiteral("id")).toString();
        const QString to = m.value(QStringLiteral("recipient")).toString();
        const QString body = m.value(QStringLiteral("body")).toString();
        SmsOutcome outcome;
        if (m.value(QStringLiteral("channel")).toString() == QLatin1String("sms"))
            outcome = sms->send({id, to, body});
        else
            outcome.error = mail->send({id, from, to, m.value(QStringLiteral("subject")).toString(), body});
        const int attempts = m.value(QStringLiteral("attempts")).toInt() + 1;
        QSqlQuery q(m_ctx.db.connection());
        if (outcome.error.isEmpty()) {
            q.prepare(QStringLiteral(
                "UPDATE mail_outbox SET attempts = ?, sent_at = ?, last_error = NULL WHERE id = ?"));
            q.addBindValue(attempts);
            q.addBindValue(toIsoUtc(m_ctx.clock.nowUtc()));
            ++delivered;
        } else {
            const qint64 backoff = std::min<qint64>(3600, qint64(30) << std::min(attempts - 1, 7));
            q.prepare(QStringLiteral(
                "UPDATE mail_outbox SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?"));
            q.addBindValue(attempts);
            q.addBindValue(toIsoUtc(m_ctx.clock.nowUtc().addSecs(backoff)));
            q.addBindValue(outcome.error);
        }
        q.addBindValue(id);
        // In the store's write turn, as every writer: without it the update can meet another writer's
        // transaction and fail, and a message sent but not marked so would be sent again next round.
        bool recorded = false;
        {
            const std::unique_lock<QMutex> turn = UnitOfWork::writeTurnUnlessHeld(m_ctx.db);
            recorded = q.exec();
        }
        if (!recorded)
            qWarning("Chairside messages: could not record the attempt on %s (%s): %s", qPrintable(id),
                     outcome.error.isEmpty() ? "sent; it may be sent again" : "failed",
                     qPrintable(q.lastError().text()));
        const QString notificationId = m.value(QStringLiteral("notification_id")).toString();
        if (!notificationId.isEmpty())
            reportDelivery(notificationId, outcome.error.isEmpty(), attempts >= kMaxAttempts, outcome.error,
                           outcome.providerId);
    }
    return delivered;
}

void MailOutbox::reportDelivery(const QString& notificationId, bool sent, bool finalFailure,
                                const QString& error, const QString& providerId)
{
    UnitOfWork uow(m_ctx.db, m_ctx.clock, Actor::system(QStringLiteral("messages")));
    QVariantMap changes{{QStringLiteral("updated_at"), uow.nowIso()}};
    if (sent) {
        changes.insert(QStringLiteral("status"), QStringLiteral("sent"));
        changes.insert(QStringLiteral("sent_at"), uow.nowIso());
        changes.insert(QStringLiteral("error_message"), QVariant());
        changes.insert(QStringLiteral("provider_message_id"),
                       providerId.isEmpty() ? QVariant() : QVariant(providerId));
    } else {
        // While attempts remain the message stays pending; the reason of the last failure is shown.
        changes.insert(QStringLiteral("error_message"), error);
        if (finalFailure)
            changes.insert(QStringLiteral("status"), QStringLiteral("failed"));
    }
    Status status = uow.update(QStringLiteral("notifications"), notificationId, changes);
    if (!status)
        status = uow.commit();
    if (status)
        qWarning("Chairside messages: could not record the delivery of %s: %s", qPrintable(notificationId),
                 qPrintable(status->message));
}

Result<QList<QVariantMap>> MailOutbox::messages() const
{
    return sql::select(m_ctx.db.connection(),
                       QStringLiteral("SELECT * FROM mail_outbox ORDER BY created_at, id"));
}

} // namespace chairside
