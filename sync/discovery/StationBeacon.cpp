#include "StationBeacon.h"

#include "Uuid.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QUrl>

namespace chairside::discovery {

namespace {

constexpr int kBeaconVersion = 1;
constexpr qsizetype kMaxDatagram = 1024; // a beacon is about 150 bytes; anything much larger is not one

} // namespace

Result<QList<BeaconTarget>> BeaconConfig::parseTargets(const QString& text, quint16 port)
{
    QList<BeaconTarget> targets;
    for (const QString& item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (item.trimmed().isEmpty())
            continue;
        const auto target = parseHostPort(item, port);
        if (!target || target->port == 0)
            return Error::invalid(
                QStringLiteral("%1: give an IP address and, if not %2, a port from 1 to 65535 "
                               "(a name would need a lookup on every beacon).")
                    .arg(item.trimmed())
                    .arg(port));
        targets.append(*target);
    }
    return targets;
}

StationBeacon::StationBeacon(SyncService& sync, quint16 apiPort, BeaconConfig config)
    : m_sync(sync)
    , m_apiPort(apiPort)
    , m_config(std::move(config))
{
    QObject::connect(&m_socket, &QUdpSocket::readyRead, &m_socket, [this] { receive(); });
    QObject::connect(&m_timer, &QTimer::timeout, &m_socket, [this] { announce(); });
}

Status StationBeacon::start()
{
    if (!m_socket.bind(QHostAddress::AnyIPv4, m_config.port,
                       QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint))
        return Error::unavailable(QStringLiteral("Cannot listen for other stations on UDP port %1: %2")
                                      .arg(m_config.port)
                                      .arg(m_socket.errorString()));
    if (m_config.announce) {
        announce();
        m_timer.start(m_config.intervalMs);
    }
    return std::nullopt;
}

QByteArray StationBeacon::message() const
{
    return QJsonDocument(QJsonObject{{QStringLiteral("chairside"), QStringLiteral("station")},
                                     {QStringLiteral("v"), kBeaconVersion},
                                     {QStringLiteral("site_id"), m_sync.siteId()},
                                     {QStringLiteral("name"), m_sync.stationName()},
                                     {QStringLiteral("port"), m_apiPort},
                                     {QStringLiteral("scheme"), m_config.scheme}})
        .toJson(QJsonDocument::Compact);
}

void StationBeacon::announce()
{
    const QByteArray beacon = message();
    QList<BeaconTarget> targets = m_config.targets;
    if (targets.isEmpty()) {
        for (const QNetworkInterface& nic : QNetworkInterface::allInterfaces()) {
            const auto flags = nic.flags();
            if (!flags.testFlag(QNetworkInterface::IsUp) || !flags.testFlag(QNetworkInterface::IsRunning) ||
                !flags.testFlag(QNetworkInterface::CanBroadcast) ||
                flags.testFlag(QNetworkInterface::IsLoopBack))
                continue;
            for (const QNetworkAddressEntry& entry : nic.addressEntries())
                if (!entry.broadcast().isNull())
                    targets.append({entry.broadcast(), m_config.port});
        }
    }
    // A failed send (no route, a network that is down) is retried with the next beacon; nothing to report.
    for (const BeaconTarget& target : targets)
        m_socket.writeDatagram(beacon, target.address, target.port);
}

std::optional<Sighting> StationBeacon::parse(const QByteArray& datagram, const QHostAddress& sender)
{
    if (datagram.size() > kMaxDatagram || sender.isNull())
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(datagram).object();
    if (o.value(QStringLiteral("chairside")).toString() != QLatin1String("station") ||
        o.value(QStringLiteral("v")).toInt() != kBeaconVersion)
        return std::nullopt;
    const QString site = o.value(QStringLiteral("site_id")).toString();
    const QString name = o.value(QStringLiteral("name")).toString().trimmed();
    const int port = o.value(QStringLiteral("port")).toInt();
    const QString scheme = o.value(QStringLiteral("scheme")).toString();
    if (!Uuid::isValid(site) || name.isEmpty() || name.size() > 200 || port <= 0 || port > 65535 ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return std::nullopt;
    // The address the beacon came from, not one it names: a station cannot point others somewhere else.
    bool isV4 = false;
    const quint32 v4 = sender.toIPv4Address(&isV4);
    QUrl url;
    url.setScheme(scheme);
    url.setHost(isV4 ? QHostAddress(v4).toString() : sender.toString());
    url.setPort(port);
    return Sighting{site, name, url.toString(), {}};
}

void StationBeacon::receive()
{
    while (m_socket.hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket.receiveDatagram(kMaxDatagram + 1);
        if (auto sighting = parse(datagram.data(), datagram.senderAddress()))
            m_sync.recordSighting(*sighting);
    }
}

} // namespace chairside::discovery
