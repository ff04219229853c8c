#pragma once

#include "ApiServer.h"

#include <QHostAddress>
#include <QObject>
#include <QThread>

namespace chairside::api {

// Runs the API server in its own thread with its own store connection, as Qt 6.4's server requires.
// stop() lets the request being handled finish (handlers are synchronous), then ends the thread.
class ApiServerHost
{
public:
    ApiServerHost(Services& services, ApiServerConfig config);
    ~ApiServerHost();
    ApiServerHost(const ApiServerHost&) = delete;
    ApiServerHost& operator=(const ApiServerHost&) = delete;

    // Listens and returns the bound port (useful with port 0), or the reason it could not.
    Result<quint16> start(const QHostAddress& address, quint16 port);
    void stop();
    bool isRunning() const { return m_port != 0; }
    QString address() const;

private:
    Services& m_services;
    ApiServerConfig m_config;
    QThread m_thread;
    QObject* m_context = nullptr; // lives in m_thread; owns the server
    QHostAddress m_address;
    quint16 m_port = 0;
};

} // namespace chairside::api
