#include "ApiServerHost.h"

#include "SharedPort.h"

#include <QMetaObject>
#include <unistd.h>

namespace chairside::api {

ApiServerHost::ApiServerHost(Services& services, ApiServerConfig config)
    : m_services(services)
    , m_config(std::move(config))
{}

ApiServerHost::~ApiServerHost()
{
    stop();
}

Result<quint16> ApiServerHost::start(const QHostAddress& address, quint16 port)
{
    if (m_port != 0)
        return m_port;
    auto shared = openSharedPort(address, port, std::max(1, m_config.threads));
    if (!shared)
        return shared.error();
    const auto openConnections = std::make_shared<ConnectionTally>();
    QString error;
    for (const qintptr descriptor : shared->descriptors) {
        auto worker = std::make_unique<Worker>();
        worker->thread.setObjectName(QStringLiteral("api-%1").arg(m_workers.size() + 1));
        worker->thread.start();
        worker->context = new QObject;
        worker->context->moveToThread(&worker->thread);
        if (error.isEmpty()) {
            QMetaObject::invokeMethod(
                worker->context,
                [&, context = worker->context] {
                    auto* server = new ApiServer(m_services, m_config, context);
                    auto* listener = new GuardedTcpServer(m_config.limits, openConnections, server);
                    if (m_config.tls)
                        listener->setTlsConfiguration(*m_config.tls);
                    if (!listener->setSocketDescriptor(descriptor)) {
                        error = listener->errorString();
                        ::close(int(descriptor));
                        return;
                    }
                    server->bind(listener);
                },
                Qt::BlockingQueuedConnection);
        } else {
            ::close(int(descriptor)); // an earlier server failed; nobody takes this one
        }
        m_workers.push_back(std::move(worker));
    }
    m_port = shared->port;
    if (!error.isEmpty()) {
        stop();
        return Error::unavailable(
            QStringLiteral("Cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(error));
    }
    m_address = address;
    return m_port;
}

void ApiServerHost::stop()
{
    for (const auto& worker : m_workers) {
        QMetaObject::invokeMethod(
            worker->context,
            [this, &worker] {
                delete worker->context; // closes the listener and every connection
                m_services.ctx.db.releaseThreadConnection();
            },
            Qt::BlockingQueuedConnection);
        worker->thread.quit();
        worker->thread.wait();
    }
    m_workers.clear();
    m_port = 0;
}

QString ApiServerHost::address() const
{
    if (m_port == 0)
        return {};
    const QString host = m_address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(m_address.toString())
                             : m_address.toString();
    return QStringLiteral("%1://%2:%3")
        .arg(m_config.tls ? QStringLiteral("https") : QStringLiteral("http"), host)
        .arg(m_port);
}

} // namespace chairside::api
