#include "GuardedTcpServer.h"

#include <QSslSocket>
#include <QTimer>
#include <limits>
#include <sys/socket.h>

namespace chairside::api {

namespace {

// Seconds a client refused for a full station is asked to wait before trying again.
constexpr int kRetryAfterSeconds = 5;

QByteArray refusal(int status, const QByteArray& reason, int retryAfterSeconds)
{
    const QByteArray body = QByteArray("{\"detail\":\"") + reason + "\"}";
    QList<std::pair<QByteArray, QByteArray>> headers{{"Connection", "close"},
                                                     {"Access-Control-Allow-Origin", "*"}};
    if (retryAfterSeconds > 0)
        headers.append({"Retry-After", QByteArray::number(retryAfterSeconds)});
    return jsonHttpResponse(status, body, headers);
}

// The address a client is counted by: an IPv4 client reaching a dual-stack socket is the same client.
QHostAddress clientKey(const QHostAddress& address)
{
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    return mapped ? QHostAddress(v4) : address;
}

// Closes our sending side once the refusal is on the wire, but keeps reading (and dropping) what the client
// still sends: closing a socket with unread data makes the kernel answer with a reset, and the client would
// lose the refusal before reading it. Over TLS the refusal is on the wire once it is encrypted and sent.
void halfCloseWhenWritten(QSslSocket* socket)
{
    const auto shutWhenSent = [socket] {
        if (socket->bytesToWrite() == 0 && socket->encryptedBytesToWrite() == 0)
            ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
    };
    socket->flush();
    QObject::connect(socket, &QSslSocket::bytesWritten, socket, shutWhenSent);
    QObject::connect(socket, &QSslSocket::encryptedBytesWritten, socket, shutWhenSent);
    shutWhenSent();
}

QByteArray describeSize(qint64 bytes)
{
    constexpr qint64 kMiB = 1024 * 1024;
    if (bytes >= kMiB && bytes % kMiB == 0)
        return QByteArray::number(bytes / kMiB) + " MiB";
    return QByteArray::number(bytes) + " bytes";
}

} // namespace

bool isMultipartFormData(QByteArrayView contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    const QByteArrayView mediaType = (semicolon < 0 ? contentType : contentType.first(semicolon)).trimmed();
    return mediaType.compare("multipart/form-data", Qt::CaseInsensitive) == 0;
}

qint64 ServerLimits::maxBodyBytesFor(QByteArrayView contentType) const
{
    return isMultipartFormData(contentType) ? maxUploadBytes : maxBodyBytes;
}

QByteArray ServerLimits::tooLargeReason(QByteArrayView contentType) const
{
    if (isMultipartFormData(contentType))
        return "Upload is too large; uploads may be at most " + describeSize(maxUploadBytes) + '.';
    return "Request body is too large.";
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 417:
        return "Expectation Failed";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray httpResponse(int status, const QByteArray& contentType, const QByteArray& body,
                        const QList<std::pair<QByteArray, QByteArray>>& headers)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (status != 204) {
        out += "Content-Type: " + contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    for (const auto& [name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    if (status != 204)
        out += body;
    return out;
}

ConnectionTally::Admission ConnectionTally::admit(const QHostAddress& client, const ServerLimits& limits)
{
    QMutexLocker lock(&m_mutex);
    if (m_total >= limits.maxConnections)
        return Admission::TooManyInTotal;
    int& fromClient = m_perClient[clientKey(client)];
    if (fromClient >= limits.maxConnectionsPerClient)
        return Admission::TooManyFromClient;
    ++fromClient;
    ++m_total;
    return Admission::Admitted;
}

void ConnectionTally::release(const QHostAddress& client)
{
    QMutexLocker lock(&m_mutex);
    --m_total;
    const auto it = m_perClient.find(clientKey(client));
    if (it != m_perClient.end() && --it.value() <= 0)
        m_perClient.erase(it);
}

int ConnectionTally::open() const
{
    QMutexLocker lock(&m_mutex);
    return m_total;
}

GuardedTcpServer::GuardedTcpServer(ServerLimits limits, ConnectionCount connections, QObject* parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_open(connections ? std::move(connections) : std::make_shared<ConnectionTally>())
{}

// A connection with its own parse state: where the next request's headers start, and how much body is
// still to come. A QSslSocket, which passes bytes through unchanged until encryption starts.
class GuardedSocket : public QSslSocket
{
public:
    using QSslSocket::QSslSocket;
    QByteArray headerBuffer;
    qint64 bodyRemaining = 0;
    bool refused = false;
    QTimer* requestDeadline = nullptr; // runs while a request is partly received

    bool midRequest() const { return !headerBuffer.isEmpty() || bodyRemaining > 0; }

    void refuse(int status, const QByteArray& reason, int retryAfterSeconds = 0)
    {
        readAll(); // drop what arrived, so the HTTP server never parses a refused request
        refused = true;
        if (requestDeadline)
            requestDeadline->stop();
        write(refusal(status, reason, retryAfterSeconds));
        halfCloseWhenWritten(this);
        QTimer::singleShot(5000, this, &QTcpSocket::abort); // a client that never closes is cut off
    }
    void refuseAsTooSlow() { refuse(408, "The request did not arrive in time."); }
};

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto* socket = new GuardedSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    if (m_tls)
        startTls(socket);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    const QHostAddress client = socket->peerAddress();
    if (const auto admission = m_open->admit(client, m_limits);
        admission != ConnectionTally::Admission::Admitted) {
        connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
        if (admission == ConnectionTally::Admission::TooManyFromClient)
            socket->refuse(429, "Too many open connections from this address; close some and try again.",
                           kRetryAfterSeconds);
        else
            socket->refuse(503, "Too many open connections; try again shortly.", kRetryAfterSeconds);
        return;
    }
    connect(socket, &QObject::destroyed, [open = m_open, client] { open->release(client); });

    auto* idle = new QTimer(socket);
    idle->setSingleShot(true);
    idle->setInterval(m_limits.idleTimeoutMs);
    connect(idle, &QTimer::timeout, socket, [socket] {
        if (socket->midRequest() && !socket->refused)
            socket->refuseAsTooSlow();
        else
            socket->abort();
    });
    connect(socket, &QTcpSocket::bytesWritten, idle, qOverload<>(&QTimer::start));
    idle->start();
    socket->requestDeadline = new QTimer(socket);
    socket->requestDeadline->setSingleShot(true);
    connect(socket->requestDeadline, &QTimer::timeout, socket, &GuardedSocket::refuseAsTooSlow);

    // Connected before the HTTP server's own handler, so limits are checked before it reads the data.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, idle] {
        idle->start();
        inspect(socket);
    });
    addPendingConnection(socket);
}

void GuardedTcpServer::startTls(GuardedSocket* socket)
{
    socket->setSslConfiguration(*m_tls);
    // A client that does not speak TLS (plain HTTP sent to the https port) fails the handshake and is cut
    // off; nothing it sent reaches the HTTP server.
    connect(socket, &QAbstractSocket::errorOccurred, socket, [socket](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::SslHandshakeFailedError)
            socket->abort();
    });
    // The HTTP server gets the connection at once and sees its first bytes once they are decrypted.
    socket->startServerEncryption();
}

void GuardedTcpServer::inspect(GuardedSocket* socket)
{
    GuardedSocket* state = socket;
    if (socket->refused) {
        socket->readAll();
        return;
    }
    // The HTTP server reads everything on each readyRead, so what is buffered now is exactly what just
    // arrived.
    QByteArray fresh = socket->peek(socket->bytesAvailable());
    while (!fresh.isEmpty()) {
        if (state->bodyRemaining > 0) {
            const qint64 take = std::min<qint64>(state->bodyRemaining, fresh.size());
            state->bodyRemaining -= take;
            fresh.remove(0, take);
            if (state->bodyRemaining == 0)
                state->requestDeadline->stop();
            continue;
        }
        if (state->headerBuffer.isEmpty())
            state->requestDeadline->start(m_limits.headerTimeoutMs);
        state->headerBuffer += fresh;
        fresh.clear();
        const qsizetype end = state->headerBuffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (state->headerBuffer.size() > m_limits.maxHeaderBytes)
                socket->refuse(431, "Request headers are too large.");
            return;
        }
        if (end > m_limits.maxHeaderBytes) {
            socket->refuse(431, "Request headers are too large.");
            return;
        }
        const QByteArray head = state->headerBuffer.left(end).toLower();
        fresh = state->headerBuffer.mid(end + 4);
        state->headerBuffer.clear();
        qint64 length = 0;
        QByteArray contentType;
        QByteArray expect;
        const QList<QByteArray> lines = head.split('\n');
        for (const QByteArray& line : lines) {
            const QByteArray l = line.trimmed();
            if (l.startsWith("content-type:")) {
                contentType = l.mid(13).trimmed();
            } else if (l.startsWith("content-length:")) {
                bool ok = false;
                length = l.mid(15).trimmed().toLongLong(&ok);
                if (!ok || length < 0) {
                    socket->refuse(400, "Malformed Content-Length header.");
                    return;
                }
            } else if (l.startsWith("transfer-encoding:") && l.contains("chunked")) {
                socket->refuse(411, "A Content-Length header is required for request bodies.");
                return;
            } else if (l.startsWith("expect:")) {
                expect = l.mid(7).trimmed();
            }
        }
        // An HTTP/1.0 client cannot wait for an interim answer, so its Expect is ignored (RFC 9110 10.1.1).
        if (lines.first().trimmed().endsWith("http/1.0"))
            expect.clear();
        if (!expect.isEmpty() && expect != "100-continue") {
            socket->refuse(417, "Only the expectation 100-continue is supported.");
            return;
        }
        if (length > m_limits.maxBodyBytesFor(contentType)) {
            socket->refuse(413, m_limits.tooLargeReason(contentType));
            return;
        }
        // Qt 6.4's server never answers the expectation; a client waiting for it would stall (curl for a
        // second) before sending the body. A body already on its way needs no invitation.
        if (!expect.isEmpty() && length > fresh.size())
            socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        state->bodyRemaining = length;
        if (length > 0) {
            const qint64 allowedMs =
                m_limits.bodyTimeoutMs + length * 1000 / std::max<qint64>(1, m_limits.minBodyBytesPerSecond);
            state->requestDeadline->start(int(std::min<qint64>(allowedMs, std::numeric_limits<int>::max())));
        } else {
            state->requestDeadline->stop();
        }
    }
}

} // namespace chairside::api
