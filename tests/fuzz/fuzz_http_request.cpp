// libFuzzer target: the input is what a client sends on one connection to the API, as raw bytes (one or more
// HTTP requests, possibly cut short). It goes over a real loopback socket through GuardedTcpServer's limits,
// Qt's HTTP parser and ApiServer's routing, authentication, query and body parsing to the handlers of a demo
// clinic. "@admin@", "@dentist@", "@patient@" and "$0"…"$9" are replaced first (FuzzStation::expand).
#include "FuzzStation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <sys/socket.h>

using chairside::fuzz::FuzzStation;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzStation& station = FuzzStation::instance();
    station.beginInput();
    const QByteArray request =
        station.expand(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, station.port());
    QElapsedTimer waited;
    waited.start();
    while (client.state() != QAbstractSocket::ConnectedState && waited.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    if (client.state() != QAbstractSocket::ConnectedState)
        qFatal("fuzz: cannot connect to the server");
    // Closing with a reset leaves no TIME_WAIT behind, so a long run does not run out of loopback ports.
    const linger reset{1, 0};
    ::setsockopt(int(client.socketDescriptor()), SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
    client.write(request);
    client.flush();
    // The request is complete: the server answers what it understood and then sees the end of the stream.
    ::shutdown(int(client.socketDescriptor()), SHUT_WR);
    while (client.state() != QAbstractSocket::UnconnectedState && waited.elapsed() < 10000) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
        client.readAll();
    }
    // A server that keeps a finished connection open is a finding (a slot a client can hold forever).
    if (client.state() != QAbstractSocket::UnconnectedState)
        qFatal("fuzz: the server kept the connection open 10 s after the request ended");
    client.abort();
    // Let the server put its side of the connection away before the next input.
    QCoreApplication::processEvents();
    return 0;
}
