#include "ApiServerHost.h"

#include <QMetaObject>

namespace chairside::api {

ApiServerHost::ApiServerHost(Services& services, ApiServerConfig config)
    : m_services(services)
    , m_config(std::move(config))
{
    m_thread.setObjectName(QStringLiteral("api"));
}

ApiServerHost::~ApiServerHost()
{
    stop();
}

Result<quint16> ApiServerHost::start(const QHostAddress& address, quint16 port)
{
    if (m_port != 0)
        return m_port;
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QString error;
    quint16 bound = 0;
    QMetaObject::invokeMethod(
        m_context,
        [&] {
            auto* server = new ApiServer(m_services, m_config, m_context);
            auto* listener = new GuardedTcpServer(m_config.limits, server);
            if (!listener->listen(address, port)) {
                error = listener->errorString();
                delete server;
                return;
            }
            server->bind(listener);
            bound = listener->serverPort();
        },
        Qt::BlockingQueuedConnection);
    if (bound == 0) {
        stop();
        return Error::unavailable(
            QStringLiteral("Cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(error));
    }
    m_address = address;
    m_port = bound;
    return bound;
}

void ApiServerHost::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_context; // closes the listener and every connection
            m_services.ctx.db.releaseThreadConnection();
        },
        Qt::BlockingQueuedConnection);
    m_context = nullptr;
    m_thread.quit();
    m_thread.wait();
    m_port = 0;
}

QString ApiServerHost::address() const
{
    if (m_port == 0)
        return {};
    const QString host = m_address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(m_address.toString())
                             : m_address.toString();
    return QStringLiteral("http://%1:%2").arg(host).arg(m_port);
}

} // namespace chairside::api
