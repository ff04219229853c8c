#pragma once

#include "HttpClient.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace chairside::test {

// One `chairside --headless` process (the binary named by CHAIRSIDE_BINARY) with its own data folder, on a
// fixed loopback port so a restart comes back where its peers look for it; for the tests that kill stations.
struct HeadlessStation
{
    static const QString kPassword;

    QString name;
    QString binary;
    QTemporaryDir dir;
    quint16 port = freeLoopbackPort();
    quint16 beaconPort = freeUdpPort(); // 0: no discovery, pair by address
    QString beaconTargets;              // the other stations' beacon ports: the test's LAN
    std::unique_ptr<QProcess> process;
    QString token;

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(port); }
    HttpClient http() const { return HttpClient(url()); }
    QString storePath() const;
    QString adminEmail() const { return QStringLiteral("admin@%1.org").arg(name); }

    // Adds the admin through the command line, before the first start.
    bool addAdmin();
    // Starts the station and signs the admin in; false when it did not come up listening.
    bool start();
    void kill();
    // SIGTERM; true when the station ended cleanly.
    bool stop();

    // Where this station hears `other` on the (loopback) LAN; empty until its beacon came.
    QString heardUrlOf(const HeadlessStation& other) const;
    // This station pairs with `other`, at the address its beacon gave, and drives the sync between them.
    bool pairWith(HeadlessStation& other);
    // The same at a known address, without discovery.
    bool pairAt(HeadlessStation& other, const QString& otherUrl);

    // A new patient's id, empty when the station did not acknowledge it.
    QString addPatient(const QString& patientName);
    bool has(const QString& patientId) const;
};

} // namespace chairside::test
