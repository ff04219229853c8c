#include "PeerHttp.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>

namespace chairside::replication {

QString PeerReply::problem() const
{
    if (status == 0)
        return error;
    for (const char* key : {"detail", "message", "error"}) {
        const QString message = body.value(QLatin1String(key)).toString();
        if (!message.isEmpty())
            return message;
    }
    return QStringLiteral("The other station answered HTTP %1.").arg(status);
}

PeerReply PeerHttp::post(const QString& baseUrl, const QString& path, const QByteArray& authorization,
                         const QJsonObject& body)
{
    return send("POST", baseUrl, path, authorization, "application/json",
                QJsonDocument(body).toJson(QJsonDocument::Compact));
}

PeerReply PeerHttp::get(const QString& baseUrl, const QString& path, const QByteArray& authorization)
{
    return send("GET", baseUrl, path, authorization, {}, {});
}

PeerReply PeerHttp::putBytes(const QString& baseUrl, const QString& path, const QByteArray& authorization,
                             const QByteArray& bytes)
{
    return send("PUT", baseUrl, path, authorization, "application/octet-stream", bytes);
}

PeerReply PeerHttp::send(const QByteArray& method, const QString& baseUrl, const QString& path,
                         const QByteArray& authorization, const QByteArray& contentType,
                         const QByteArray& body)
{
    QNetworkRequest request(QUrl(baseUrl + path));
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply* reply = m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    // The loop also ends when the thread is told to stop; the call is abandoned then.
    if (!reply->isFinished())
        reply->abort();

    PeerReply answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.raw = reply->readAll();
    answer.body = QJsonDocument::fromJson(answer.raw).object();
    if (answer.status == 0)
        answer.error = QStringLiteral("Could not reach %1: %2").arg(baseUrl, reply->errorString());
    reply->deleteLater();
    return answer;
}

Result<QVariantMap> HttpPeerConnector::pair(const QString& baseUrl, const QVariantMap& request)
{
    PeerReply reply;
    std::unique_ptr<QThread> call(QThread::create([&] {
        PeerHttp http;
        reply =
            http.post(baseUrl, QStringLiteral("/api/sync/pair/"), {}, QJsonObject::fromVariantMap(request));
    }));
    call->start();
    call->wait();
    if (reply.ok())
        return reply.body.toVariantMap();
    switch (reply.status) {
    case 0:
        return Error::unavailable(reply.problem());
    case 400:
        return Error::invalid(reply.problem());
    case 403:
        return Error::forbidden(reply.problem());
    case 404:
        return Error::unavailable(
            QStringLiteral("%1 answered, but does not pair stations; is it a Chairside station?")
                .arg(baseUrl));
    default:
        return Error::unavailable(reply.problem());
    }
}

} // namespace chairside::replication
