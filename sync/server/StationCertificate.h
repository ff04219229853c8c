#pragma once

#include "Error.h"
#include "SecretStore.h"

#include <QByteArray>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>

namespace chairside::api {

// The station's own TLS identity (docs/architecture.md "REST server"): a self-signed X.509 v3 certificate
// for an ECDSA P-256 key, made on first start and kept for good, so other stations can pin its fingerprint.
// The private key lives only in the SecretStore; the certificate, public, is a PEM file in the data folder.
struct StationCertificate
{
    QByteArray certificatePem;
    QByteArray privateKeyPem;
    QString fingerprint; // CertificateFingerprint.h

    // Serves with this certificate and key (TLS 1.2 or newer).
    QSslConfiguration serverConfiguration() const;

    // This station's certificate from `secrets` and `<dataDir>/station-certificate.pem`, made (and stored)
    // when there is none. `commonName` names the station in it; the station's network addresses and
    // localhost are its subject alternative names.
    static Result<StationCertificate> loadOrCreate(SecretStore& secrets, const QString& dataDir,
                                                   const QString& commonName);
    // A new key and certificate for `commonName`, valid for kValidDays from an hour ago, naming `hosts` (IP
    // addresses or DNS names) as the subject alternative names.
    static Result<StationCertificate> generate(const QString& commonName, const QStringList& hosts);
    // This computer's addresses and names worth naming in a certificate: localhost, loopback, every address
    // of an interface that is up, and the host name.
    static QStringList localHosts();
    static QString certificatePath(const QString& dataDir);

    static constexpr int kValidDays = 3650;
};

} // namespace chairside::api
