#include "MailOutbox.h"

#include "Uuid.h"
#include "store/Query.h"

#include <QSqlError>
#include <QSqlQuery>

namespace chairside {

void MailOutbox::enqueue(const QString& kind, const QString& to, const QString& subject, const QString& body)
{
    if (!m_ctx.config.mailEnabled || to.isEmpty())
        return;
    // mail_outbox is station-local, so it is written directly rather than through the replicated write path.
    QSqlQuery q(m_ctx.db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO mail_outbox (id, recipient, subject, body, kind, created_at, next_attempt_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const QString now = toIsoUtc(m_ctx.clock.nowUtc());
    for (const QVariant& v : {QVariant(Uuid::v7(m_ctx.clock.nowUtc())), QVariant(to), QVariant(subject),
                              QVariant(body), QVariant(kind), QVariant(now), QVariant(now)})
        q.addBindValue(v);
    if (!q.exec())
        qWarning("Chairside mail: could not queue %s to %s: %s", qPrintable(kind), qPrintable(to),
                 qPrintable(q.lastError().text()));
}

int MailOutbox::deliverDue(MailSender& sender, const QString& from)
{
    const QDateTime now = m_ctx.clock.nowUtc();
    auto due = sql::select(m_ctx.db.connection(),
                           QStringLiteral("SELECT * FROM mail_outbox WHERE sent_at IS NULL AND attempts < ? "
                                          "AND next_attempt_at <= ? ORDER BY created_at, id LIMIT 50"),
                           {kMaxAttempts, toIsoUtc(now)});
    if (!due)
        return 0;
    int delivered = 0;
    for (const QVariantMap& m : *due) {
        const QString error = sender.send(
            {m.value(QStringLiteral("id")).toString(), from, m.value(QStringLiteral("recipient")).toString(),
             m.value(QStringLiteral("subject")).toString(), m.value(QStringLiteral("body")).toString()});
        const int attempts = m.value(QStringLiteral("attempts")).toInt() + 1;
        QSqlQuery q(m_ctx.db.connection());
        if (error.isEmpty()) {
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
            q.addBindValue(error);
        }
        q.addBindValue(m.value(QStringLiteral("id")));
        q.exec();
    }
    return delivered;
}

Result<QList<QVariantMap>> MailOutbox::messages() const
{
    return sql::select(m_ctx.db.connection(),
                       QStringLiteral("SELECT * FROM mail_outbox ORDER BY created_at, id"));
}

} // namespace chairside
