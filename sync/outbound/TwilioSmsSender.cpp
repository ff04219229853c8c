#include "TwilioSmsSender.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace chairside::outbound {

QString TwilioSmsSender::describe() const
{
    return QStringLiteral("text messages through %1 from %2").arg(m_config.baseUrl.host(), m_config.from);
}

SmsOutcome TwilioSmsSender::send(const SmsMessage& message)
{
    QUrl url = m_config.baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) +
                QStringLiteral("/2010-04-01/Accounts/%1/Messages.json")
                    .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_config.accountSid))));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    request.setRawHeader(
        "Authorization",
        "Basic " + (m_config.accountSid + QLatin1Char(':') + m_config.authToken).toUtf8().toBase64());
    request.setTransferTimeout(m_config.timeoutMs);
    QUrlQuery form;
    // Form encoding: '+' in a phone number must arrive as '+', so every value is fully percent-encoded.
    const auto encoded = [](const QString& v) { return QString::fromLatin1(QUrl::toPercentEncoding(v)); };
    form.addQueryItem(QStringLiteral("To"), encoded(message.to));
    form.addQueryItem(QStringLiteral("From"), encoded(m_config.from));
    form.addQueryItem(QStringLiteral("Body"), encoded(message.body));

    QNetworkAccessManager nam;
    QNetworkReply* reply = nam.post(request, form.query(QUrl::FullyEncoded).toLatin1());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(m_config.timeoutMs + 1000, &loop, [reply] { reply->abort(); });
    loop.exec();
    if (!reply->isFinished()) // the worker's thread is stopping
        reply->abort();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QString networkError = reply->error() == QNetworkReply::NoError ? QString() : reply->errorString();
    reply->deleteLater();
    if (status < 200 || status > 299 || (status == 0 && !networkError.isEmpty())) {
        // Twilio explains a refusal in {"code", "message"}.
        const QJsonObject problem = QJsonDocument::fromJson(body).object();
        const QString reason = problem.value(QStringLiteral("message")).toString();
        return {status > 0 ? QStringLiteral("HTTP %1: %2")
                                 .arg(status)
                                 .arg(reason.isEmpty() ? QString::fromUtf8(body.left(200)) : reason)
                           : networkError,
                {}};
    }
    return {{}, QJsonDocument::fromJson(body).object().value(QStringLiteral("sid")).toString()};
}

} // namespace chairside::outbound
