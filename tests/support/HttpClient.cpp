#include "HttpClient.h"

#include "CertificateFingerprint.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSslError>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUdpSocket>

namespace chairside::test {

QJsonValue HttpReply::json() const
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject())
        return doc.object();
    if (doc.isArray())
        return doc.array();
    return QJsonValue(QJsonValue::Undefined);
}

QString refusalProblem(const HttpReply& reply, int status, const QString& text, const QString& field)
{
    const QString body = QString::fromUtf8(reply.body);
    if (reply.status != status)
        return QStringLiteral("expected %1, got %2: %3").arg(status).arg(reply.status).arg(body);
    if (!reply.json().isObject())
        return QStringLiteral("the body is not a JSON object: ") + body;
    if (!text.isEmpty() && !body.contains(text))
        return QStringLiteral("the body does not mention \"%1\": %2").arg(text, body);
    if (!field.isEmpty() && !reply.object().contains(field))
        return QStringLiteral("the body has no \"%1\": %2").arg(field, body);
    return {};
}

QByteArray HttpReply::header(const QByteArray& name) const
{
    for (const auto& [k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

// With CHAIRSIDE_FUZZ_SEED_DIR set, each request is also written there as raw HTTP (tokens as "@admin@"), the
// seeds of the fuzz targets (tests/fuzz/make_seed_corpus.sh).
static void dumpForFuzzSeeds(const QByteArray& method, const QNetworkRequest& req, const QByteArray& body)
{
    const QString dir = qEnvironmentVariable("CHAIRSIDE_FUZZ_SEED_DIR");
    if (dir.isEmpty())
        return;
    const QUrl url = req.url();
    QByteArray raw = method + ' ' + url.path(QUrl::FullyEncoded).toLatin1();
    if (url.hasQuery())
        raw += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    raw += " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const QByteArray& name : req.rawHeaderList()) {
        const QByteArray value = name.compare("Authorization", Qt::CaseInsensitive) == 0
                                     ? req.rawHeader(name).split(' ').first() + " @admin@"
                                     : req.rawHeader(name);
        raw += name + ": " + value + "\r\n";
    }
    if (!body.isEmpty())
        raw += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    raw += "\r\n" + body;
    QFile out(dir + QLatin1Char('/') +
              QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha1).toHex()));
    if (out.open(QIODevice::WriteOnly))
        out.write(raw);
}

HttpReply HttpClient::request(const QByteArray& method, const QString& path, const QByteArray& body,
                              const QString& token, const QList<std::pair<QByteArray, QByteArray>>& headers)
{
    QNetworkRequest req(QUrl(m_base + path));
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!token.isEmpty()) {
        const bool hasScheme =
            token.startsWith(QLatin1String("Token ")) || token.startsWith(QLatin1String("Bearer ")) ||
            token.startsWith(QLatin1String("Basic ")) || token.startsWith(QLatin1String("JWT "));
        req.setRawHeader("Authorization", (hasScheme ? token : QStringLiteral("Bearer ") + token).toUtf8());
    }
    for (const auto& [k, v] : headers)
        req.setRawHeader(k, v);
    dumpForFuzzSeeds(method, req, body);
    QNetworkReply* reply = m_nam.sendCustomRequest(req, method, body);
    QEventLoop loop;
    const auto shown = [reply] {
        const QSslCertificate c = reply->sslConfiguration().peerCertificate();
        return c.isNull() ? QString() : chairside::certificateFingerprint(c.toDer());
    };
    QObject::connect(reply, &QNetworkReply::sslErrors, &loop, [this, reply](const QList<QSslError>& errors) {
        for (const QSslError& e : errors)
            if (!e.certificate().isNull() &&
                chairside::certificateFingerprint(e.certificate().toDer()) == m_pin)
                reply->ignoreSslErrors(errors);
    });
    QObject::connect(reply, &QNetworkReply::encrypted, &loop, [this, reply, shown] {
        if (shown() != m_pin)
            reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.certificateFingerprint = shown();
    if (out.status == 0)
        out.error = reply->errorString();
    for (const auto& pair : reply->rawHeaderPairs())
        out.headers.append(pair);
    reply->deleteLater();
    return out;
}

HttpReply HttpClient::post(const QString& path, const QJsonValue& json, const QString& token)
{
    return request("POST", path, QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact), token);
}

HttpReply HttpClient::put(const QString& path, const QJsonValue& json, const QString& token)
{
    return request("PUT", path, QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact), token);
}

HttpReply HttpClient::patch(const QString& path, const QJsonValue& json, const QString& token)
{
    return request("PATCH", path, QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact), token);
}

QByteArray rawExchange(quint16 port, const QByteArray& bytes, int timeoutMs, const QHostAddress& from)
{
    QTcpSocket socket;
    if (!from.isNull() && !socket.bind(from))
        return {};
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs))
        return {};
    socket.write(bytes);
    socket.flush();
    QByteArray received;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs && socket.state() == QAbstractSocket::ConnectedState) {
        if (socket.waitForReadyRead(100))
            received += socket.readAll();
        else if (!received.isEmpty() && received.contains("\r\n\r\n"))
            break;
    }
    received += socket.readAll();
    return received;
}

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

quint16 freeUdpPort()
{
    QUdpSocket probe;
    probe.bind(QHostAddress::LocalHost, 0);
    return probe.localPort();
}

} // namespace chairside::test
