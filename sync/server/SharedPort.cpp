#include "SharedPort.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace chairside::api {

namespace {

struct SocketAddress
{
    sockaddr_storage storage{};
    socklen_t length = 0;
    int family = AF_INET;
    bool dualStack = false; // QHostAddress::Any: IPv6 and IPv4 on one socket, as QTcpServer does
};

SocketAddress toSocketAddress(const QHostAddress& address, quint16 port)
{
    SocketAddress a;
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        auto* in = reinterpret_cast<sockaddr_in*>(&a.storage);
        in->sin_family = AF_INET;
        in->sin_port = htons(port);
        in->sin_addr.s_addr = htonl(address.toIPv4Address());
        a.length = sizeof(sockaddr_in);
        return a;
    }
    auto* in6 = reinterpret_cast<sockaddr_in6*>(&a.storage);
    in6->sin6_family = AF_INET6;
    in6->sin6_port = htons(port);
    a.dualStack = address.protocol() == QAbstractSocket::AnyIPProtocol;
    const Q_IPV6ADDR bytes = a.dualStack ? Q_IPV6ADDR{} : address.toIPv6Address();
    std::memcpy(&in6->sin6_addr, bytes.c, sizeof(bytes.c));
    in6->sin6_scope_id = address.scopeId().toUInt();
    a.family = AF_INET6;
    a.length = sizeof(sockaddr_in6);
    return a;
}

QString systemError(const char* what)
{
    return QStringLiteral("%1: %2").arg(QString::fromLatin1(what),
                                        QString::fromLocal8Bit(std::strerror(errno)));
}

// A bound socket (listening when `listen` is set), or -1 with the reason in `error`.
int boundSocket(const SocketAddress& a, bool sharePort, bool listen, QString& error)
{
    const int fd = ::socket(a.family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0) {
        error = systemError("socket");
        return -1;
    }
    const int on = 1;
    const int off = 0;
    // SO_REUSEADDR as QTcpServer sets it: a restarted station can listen again while old connections linger.
    bool ok = ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof(on)) == 0;
    if (ok && a.dualStack)
        ok = ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &off, sizeof(off)) == 0;
    if (ok && sharePort)
        ok = ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &on, sizeof(on)) == 0;
    if (!ok)
        error = systemError("setsockopt");
    else if (::bind(fd, reinterpret_cast<const sockaddr*>(&a.storage), a.length) != 0)
        error = systemError("bind");
    else if (listen && ::listen(fd, SOMAXCONN) != 0)
        error = systemError("listen");
    else
        return fd;
    ::close(fd);
    return -1;
}

} // namespace

Result<SharedPort> openSharedPort(const QHostAddress& address, quint16 port, int listeners)
{
    const auto refused = [&](const QString& why) {
        return Error::unavailable(
            QStringLiteral("Cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(why));
    };
    if (address.isNull() || listeners < 1)
        return refused(QStringLiteral("no address to listen on"));

    // The probe: a plain bind fails on a port anyone listens on (shared or not), and picks the port for 0.
    SocketAddress a = toSocketAddress(address, port);
    QString error;
    const int probe = boundSocket(a, false, false, error);
    if (probe < 0)
        return refused(error);
    sockaddr_storage bound{};
    socklen_t length = sizeof(bound);
    ::getsockname(probe, reinterpret_cast<sockaddr*>(&bound), &length);
    ::close(probe);
    const quint16 chosen = ntohs(a.family == AF_INET ? reinterpret_cast<sockaddr_in*>(&bound)->sin_port
                                                     : reinterpret_cast<sockaddr_in6*>(&bound)->sin6_port);
    a = toSocketAddress(address, chosen);

    SharedPort shared{chosen, {}};
    for (int i = 0; i < listeners; ++i) {
        const int fd = boundSocket(a, true, true, error);
        if (fd < 0) {
            for (const qintptr open : shared.descriptors)
                ::close(int(open));
            return refused(error);
        }
        shared.descriptors.append(fd);
    }
    return shared;
}

} // namespace chairside::api
