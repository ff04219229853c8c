#include "GuardedTcpServer.h"

#include <QSslSocket>
#include <QTimer>
#include <sys/socket.h>

namespace chairside::api {

namespace {

QByteArray refusal(int status, const QByteArray& reason)
{
    const QByteArray body = QByteArray("{\"detail\":\"") + reason + "\"}";
    return jsonHttpResponse(status, body, {{"Connection", "close"}, {"Access-Control-Allow-Origin", "*"}});
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
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
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

GuardedTcpServer::GuardedTcpServer(ServerLimits limits, ConnectionCount openConnections, QObject* parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_open(openConnections ? std::move(openConnections) : std::make_shared<std::atomic<int>>(0))
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

    void refuse(int status, const QByteArray& reason)
    {
        readAll(); // drop what arrived, so the HTTP server never parses a refused request
        refused = true;
        write(refusal(status, reason));
        halfCloseWhenWritten(this);
        QTimer::singleShot(5000, this, &QTcpSocket::abort); // a client that never closes is cut off
    }
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
    if (m_open->fetch_add(1) >= m_limits.maxConnections) {
        m_open->fetch_sub(1);
        connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
        socket->refuse(503, "Too many open connections; try again shortly.");
        return;
    }
    connect(socket, &QObject::destroyed, [open = m_open] { open->fetch_sub(1); });

    auto* idle = new QTimer(socket);
    idle->setSingleShot(true);
    idle->setInterval(m_limits.idleTimeoutMs);
    connect(idle, &QTimer::timeout, socket, [socket] { socket->abort(); });
    connect(socket, &QTcpSocket::bytesWritten, idle, qOverload<>(&QTimer::start));
    idle->start();

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
            continue;
        }
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
        for (const QByteArray& line : head.split('\n')) {
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
            }
        }
        if (length > m_limits.maxBodyBytesFor(contentType)) {
            socket->refuse(413, m_limits.tooLargeReason(contentType));
            return;
        }
        state->bodyRemaining = length;
    }
}

} // namespace chairside::api
