#include "ServedStation.h"

#include "store/Replica.h"

namespace chairside::test {

ServedStation::ServedStation(const QString& name, bool tls)
{
    station.config.stationName = name;
    station.reopen();
    station.services->sync.setConnector(&connector);
    admin = station.addUser(name + QStringLiteral("-admin@x.org"), Role::Admin);
    adminToken = station.services->accounts.issueTokens(admin.userId)->access;
    if (tls) {
        auto made = api::StationCertificate::loadOrCreate(secrets, station.dir.path(), name);
        if (!made)
            qFatal("no certificate: %s", qPrintable(made.error().message));
        certificate = *made;
    }
    restart(certificate);
}

ServedStation::~ServedStation()
{
    host->stop();
}

void ServedStation::restart(std::optional<api::StationCertificate> newCertificate)
{
    if (host)
        host->stop();
    if (newCertificate)
        certificate = std::move(newCertificate);
    api::ApiServerConfig config;
    if (certificate) {
        config.tls = certificate->serverConfiguration();
        station.services->sync.setCertificateFingerprint(certificate->fingerprint);
    }
    host = std::make_unique<api::ApiServerHost>(*station.services, config);
    auto port = host->start(QHostAddress::LocalHost, 0);
    if (!port)
        qFatal("cannot serve: %s", qPrintable(port.error().message));
    url = host->address();
}

QString ServedStation::openCode()
{
    const HttpReply reply = http().post(QStringLiteral("/api/sync/pairing-code/"), QJsonObject{}, adminToken);
    if (reply.status != 201)
        qFatal("no pairing code: %d %s", reply.status, reply.body.constData());
    return reply.object().value(QStringLiteral("code")).toString();
}

void ServedStation::pairWith(ServedStation& other)
{
    const HttpReply reply = http().post(
        QStringLiteral("/api/sync/peers/"),
        QJsonObject{{QStringLiteral("url"), other.url}, {QStringLiteral("code"), other.openCode()}},
        adminToken);
    if (reply.status != 201)
        qFatal("pairing failed: %d %s", reply.status, reply.body.constData());
}

Peer ServedStation::peer(const QString& siteId) const
{
    for (const Peer& p : station.services->sync.drivenPeers())
        if (p.siteId == siteId)
            return p;
    qFatal("not paired with %s", qPrintable(siteId));
}

QJsonObject ServedStation::listedPeer(const QString& siteId) const
{
    const HttpReply list = http().get(QStringLiteral("/api/sync/peers/"), adminToken);
    for (const QJsonValue& v : list.object().value(QStringLiteral("peers")).toArray())
        if (v.toObject().value(QStringLiteral("site_id")).toString() == siteId)
            return v.toObject();
    return {};
}

QString ServedStation::digest() const
{
    auto digest = Replica(*station.db, station.clock).digest();
    if (!digest)
        qFatal("no digest: %s", qPrintable(digest.error().message));
    return *digest;
}

} // namespace chairside::test
