#include "GeminiAnalyzer.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace chairside::outbound {

const QString GeminiAnalyzer::kPrompt = QStringLiteral(
    "As a dentist, provide a concise, 2-line accurate description and analysis of this dental X-ray image, "
    "focusing on any significant findings like bone loss, decay, or restorations.");

QByteArray GeminiAnalyzer::requestBody(const QByteArray& image, const QString& mimeType)
{
    const QJsonObject part{{QStringLiteral("inlineData"),
                            QJsonObject{{QStringLiteral("mimeType"), mimeType},
                                        {QStringLiteral("data"), QString::fromLatin1(image.toBase64())}}}};
    const QJsonObject content{
        {QStringLiteral("role"), QStringLiteral("user")},
        {QStringLiteral("parts"), QJsonArray{QJsonObject{{QStringLiteral("text"), kPrompt}}, part}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("contents"), QJsonArray{content}}})
        .toJson(QJsonDocument::Compact);
}

ImageAnalysis GeminiAnalyzer::parseReply(const QByteArray& reply)
{
    const QJsonDocument doc = QJsonDocument::fromJson(reply);
    const QJsonArray candidates = doc.object().value(QStringLiteral("candidates")).toArray();
    const QJsonArray parts = candidates.first()
                                 .toObject()
                                 .value(QStringLiteral("content"))
                                 .toObject()
                                 .value(QStringLiteral("parts"))
                                 .toArray();
    if (!doc.isObject() || candidates.isEmpty() || parts.isEmpty() || !parts.first().isObject())
        return {ImageAnalysis::Outcome::Unreadable,
                QStringLiteral("Could not parse analysis from API response."),
                QStringLiteral("unexpected reply")};
    const QString text = parts.first().toObject().value(QStringLiteral("text")).toString().trimmed();
    if (text.isEmpty())
        return {ImageAnalysis::Outcome::Unreadable, QStringLiteral("Analysis not available."),
                QStringLiteral("no text in the reply")};
    return {ImageAnalysis::Outcome::Reading, text, {}};
}

ImageAnalysis GeminiAnalyzer::analyze(const QByteArray& image, const QString& mimeType)
{
    QUrl url = m_config.baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) +
                QStringLiteral("/v1beta/models/%1:generateContent").arg(m_config.model));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("key"), m_config.apiKey);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setTransferTimeout(m_config.timeoutMs);

    QNetworkAccessManager nam;
    QNetworkReply* reply = nam.post(request, requestBody(image, mimeType));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(m_config.timeoutMs + 1000, &loop, [reply] { reply->abort(); });
    loop.exec();
    if (!reply->isFinished()) // the worker's thread is stopping
        reply->abort();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray(); // closed after a timeout abort
    const QString networkError = reply->error() == QNetworkReply::NoError ? QString() : reply->errorString();
    reply->deleteLater();
    if (status < 200 || status > 299 || !networkError.isEmpty()) {
        const QString error =
            status > 0 ? QStringLiteral("HTTP %1: %2").arg(status).arg(QString::fromUtf8(body.left(200)))
                       : networkError;
        return {ImageAnalysis::Outcome::Unreachable, {}, error};
    }
    return parseReply(body);
}

} // namespace chairside::outbound
