#include "PeerHttp.h"

#include "CertificateFingerprint.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslError>
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

PeerReply PeerHttp::post(const PeerEndpoint& to, const QString& path, const QByteArray& authorization,
                         const QJsonObject& body)
{
    return send("POST", to, path, authorization, "application/json",
                QJsonDocument(body).toJson(QJsonDocument::Compact));
}

PeerReply PeerHttp::get(const PeerEndpoint& to, const QString& path, const QByteArray& authorization)
{
    return send("GET", to, path, authorization, {}, {});
}

PeerReply PeerHttp::putBytes(const PeerEndpoint& to, const QString& path, const QByteArray& authorization,
                             const QByteArray& bytes)
{
    return send("PUT", to, path, authorization, "application/octet-stream", bytes);
}

namespace {

// The fingerprint of the certificate `reply`'s connection showed: from the errors when the handshake is
// still deciding, else from the finished connection.
QString shownFingerprint(const QNetworkReply* reply, const QList<QSslError>& errors = {})
{
    for (const QSslError& e : errors)
        if (!e.certificate().isNull())
            return certificateFingerprint(e.certificate().toDer());
    const QSslCertificate shown = reply->sslConfiguration().peerCertificate();
    return shown.isNull() ? QString() : certificateFingerprint(shown.toDer());
}

} // namespace

PeerReply PeerHttp::send(const QByteArray& method, const PeerEndpoint& to, const QString& path,
                         const QByteArray& authorization, const QByteArray& contentType,
                         const QByteArray& body)
{
    PeerReply answer;
    const QUrl url(to.url + path);
    const bool tls = url.scheme() == QLatin1String("https");
    if (tls && to.fingerprint.isEmpty() && !to.trustOnFirstUse) {
        answer.error = QStringLiteral("No certificate is pinned for %1 (it was paired over plain HTTP); pair "
                                      "with it again at its https address.")
                           .arg(to.url);
        return answer;
    }
    if (!tls && !to.fingerprint.isEmpty()) {
        answer.error = QStringLiteral("%1 is not an https address, but this station pinned the peer's "
                                      "certificate when they paired; it is only reached over HTTPS.")
                           .arg(to.url);
        return answer;
    }
    QNetworkRequest request(url);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply* reply = m_nam.sendCustomRequest(request, method, body);
    // Stations' certificates are self-signed: the pin, not a certificate authority, says whose they are.
    // The certificate is checked before any request byte (the peer token) is sent, on every connection.
    QString refusedCertificate;
    QEventLoop loop; // also the context of the connections below, which capture this call's locals
    const auto pinHolds = [&to](const QString& shown) {
        return to.trustOnFirstUse || (!shown.isEmpty() && shown == to.fingerprint);
    };
    QObject::connect(reply, &QNetworkReply::sslErrors, &loop, [&, reply](const QList<QSslError>& errors) {
        const QString shown = shownFingerprint(reply, errors);
        if (pinHolds(shown))
            reply->ignoreSslErrors(errors);
        else
            refusedCertificate = shown;
    });
    QObject::connect(reply, &QNetworkReply::encrypted, &loop, [&, reply] {
        const QString shown = shownFingerprint(reply);
        if (!pinHolds(shown)) {
            refusedCertificate = shown;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    // The loop also ends when the thread is told to stop; the call is abandoned then.
    if (!reply->isFinished())
        reply->abort();

    if (tls)
        answer.certificateFingerprint = shownFingerprint(reply);
    // A reused connection was checked when it was made; checked again, in case it was made for another pin.
    if (tls && refusedCertificate.isEmpty() && !answer.certificateFingerprint.isEmpty() &&
        !pinHolds(answer.certificateFingerprint))
        refusedCertificate = answer.certificateFingerprint;
    if (!refusedCertificate.isEmpty()) {
        answer.error =
            QStringLiteral("The station at %1 showed the certificate %2, not the one pinned for it "
                           "(%3): it is not the station this one paired with. If that station "
                           "was reinstalled, pair with it again.")
                .arg(to.url, refusedCertificate, to.fingerprint);
        reply->deleteLater();
        return answer;
    }
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.raw = reply->readAll();
    answer.body = QJsonDocument::fromJson(answer.raw).object();
    if (answer.status == 0)
        answer.error = QStringLiteral("Could not reach %1: %2").arg(to.url, reply->errorString());
    reply->deleteLater();
    return answer;
}

Result<PairingAnswer> HttpPeerConnector::pair(const QString& baseUrl, const QVariantMap& request,
                                              const QString& expectedFingerprint)
{
    PeerEndpoint to(baseUrl, expectedFingerprint);
    to.trustOnFirstUse = expectedFingerprint.isEmpty();
    PeerReply reply;
    std::unique_ptr<QThread> call(QThread::create([&] {
        PeerHttp http;
        reply = http.post(to, QStringLiteral("/api/sync/pair/"), {}, QJsonObject::fromVariantMap(request));
    }));
    call->start();
    call->wait();
    if (reply.ok())
        return PairingAnswer{reply.body.toVariantMap(), reply.certificateFingerprint};
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
