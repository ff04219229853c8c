#pragma once

#include "Error.h"

#include <QHostAddress>
#include <QList>

namespace chairside::api {

struct SharedPort
{
    quint16 port = 0;
    QList<qintptr> descriptors; // listening sockets, one per server thread
};

// Listening sockets that share one address and port (SO_REUSEPORT), so several API servers, one per thread,
// accept on it and the kernel spreads connections between them (design §5: Qt 6.4's server is
// single-threaded). The port is first probed with a plain bind, so a port that another program or another
// station already listens on is refused instead of silently shared. Port 0 picks a free port. The caller
// hands each descriptor to a QTcpServer, which then owns it.
Result<SharedPort> openSharedPort(const QHostAddress& address, quint16 port, int listeners);

} // namespace chairside::api
