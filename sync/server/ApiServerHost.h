#pragma once

#include "ApiServer.h"

#include <QHostAddress>
#include <QObject>
#include <QThread>
#include <memory>
#include <vector>

namespace chairside::api {

// Runs the API: `config.threads` servers, each in its own thread with its own store connection (Qt 6.4's
// server is single-threaded), all accepting on one shared port, so requests use every core.
// stop() lets the requests being handled finish (handlers are synchronous), then ends the threads.
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
    int threadCount() const { return int(m_workers.size()); }

private:
    struct Worker
    {
        QThread thread;
        QObject* context = nullptr; // lives in `thread`; owns its server
    };

    Services& m_services;
    ApiServerConfig m_config;
    std::vector<std::unique_ptr<Worker>> m_workers;
    QHostAddress m_address;
    quint16 m_port = 0;
};

} // namespace chairside::api
