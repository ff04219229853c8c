#include "StationCertificate.h"

#include "CertificateFingerprint.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QHostInfo>
#include <QNetworkInterface>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslKey>
#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace chairside::api {

namespace {

template <typename T, void (*Free)(T*)> struct Deleter
{
    void operator()(T* p) const { Free(p); }
};
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Extension = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;
using BigNum = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;

// OpenSSL's reason for the last failure, for the message.
QString openSslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return QStringLiteral("unknown OpenSSL error");
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

Error failed(const QString& step)
{
    return Error::internal(
        QStringLiteral("Cannot make the station's TLS certificate (%1): %2").arg(step, openSslError()));
}

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

Bio readBio(const QByteArray& bytes)
{
    return Bio(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

bool addExtension(X509* cert, int nid, const QByteArray& value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    Extension ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData()));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

// "IP:192.168.1.20,DNS:localhost,...": the subject alternative names for `hosts`.
QByteArray subjectAltNames(const QStringList& hosts)
{
    static const QRegularExpression dnsName(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9.-]{0,252})$"));
    QByteArrayList names;
    for (const QString& host : hosts) {
        const QHostAddress address(host);
        QByteArray entry;
        if (!address.isNull())
            entry = "IP:" + address.toString().toLatin1();
        else if (dnsName.match(host).hasMatch())
            entry = "DNS:" + host.toLatin1();
        if (!entry.isEmpty() && !names.contains(entry))
            names.append(entry);
    }
    return names.join(',');
}

// The certificate in `certificatePem` belongs to the key in `keyPem`, and both parse.
bool matches(const QByteArray& certificatePem, const QByteArray& keyPem)
{
    Bio certBio = readBio(certificatePem);
    Bio keyBio = readBio(keyPem);
    Cert cert(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
    Key key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    ERR_clear_error();
    return cert && key && X509_check_private_key(cert.get(), key.get()) == 1;
}

Result<StationCertificate> withKey(EVP_PKEY* key, const QString& commonName, const QStringList& hosts)
{
    Cert cert(X509_new());
    if (!cert || X509_set_version(cert.get(), 2) != 1)
        return failed(QStringLiteral("certificate"));
    // A random 64-bit serial: two certificates of one station (after a reinstall) never share one.
    BigNum serial(BN_new());
    if (!serial || BN_rand(serial.get(), 64, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1 ||
        !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())))
        return failed(QStringLiteral("serial number"));
    // Valid from an hour ago, for peers whose clocks are a little behind.
    if (!X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600) ||
        !X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(StationCertificate::kValidDays) * 86400))
        return failed(QStringLiteral("validity"));
    if (X509_set_pubkey(cert.get(), key) != 1)
        return failed(QStringLiteral("public key"));
    X509_NAME* name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.left(64).toUtf8();
    if (X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char*>("Chairside"), -1, -1, 0) != 1 ||
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char*>(cn.constData()), -1, -1, 0) != 1 ||
        X509_set_issuer_name(cert.get(), name) != 1)
        return failed(QStringLiteral("name"));
    const QByteArray altNames = subjectAltNames(hosts);
    // No key usage extension: one without keyCertSign would make the certificate not count as issued by
    // itself, and checkers (OpenSSL's, Qt's isSelfSigned) would no longer see it as self-signed.
    if (!addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE") ||
        !addExtension(cert.get(), NID_ext_key_usage, "serverAuth") ||
        !addExtension(cert.get(), NID_subject_key_identifier, "hash") ||
        (!altNames.isEmpty() && !addExtension(cert.get(), NID_subject_alt_name, altNames)))
        return failed(QStringLiteral("extensions"));
    if (X509_sign(cert.get(), key, EVP_sha256()) <= 0)
        return failed(QStringLiteral("signature"));

    Bio certOut(BIO_new(BIO_s_mem()));
    Bio keyOut(BIO_new(BIO_s_mem()));
    if (!certOut || !keyOut || PEM_write_bio_X509(certOut.get(), cert.get()) != 1 ||
        PEM_write_bio_PrivateKey(keyOut.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return failed(QStringLiteral("PEM"));
    StationCertificate made;
    made.certificatePem = bioBytes(certOut.get());
    made.privateKeyPem = bioBytes(keyOut.get());
    made.fingerprint = certificateFingerprint(QSslCertificate(made.certificatePem).toDer());
    return made;
}

} // namespace

QSslConfiguration StationCertificate::serverConfiguration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(certificatePem));
    config.setPrivateKey(QSslKey(privateKeyPem, QSsl::Ec));
    config.setProtocol(QSsl::TlsV1_2OrLater);
    // Stations and clients do not present certificates of their own; peers prove themselves by token.
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    return config;
}

Result<StationCertificate> StationCertificate::generate(const QString& commonName, const QStringList& hosts)
{
    Key key(EVP_EC_gen("P-256"));
    if (!key)
        return failed(QStringLiteral("key"));
    return withKey(key.get(), commonName, hosts);
}

QStringList StationCertificate::localHosts()
{
    QStringList hosts{QStringLiteral("localhost"), QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
    for (const QNetworkInterface& iface : QNetworkInterface::allInterfaces()) {
        if (!iface.flags().testFlag(QNetworkInterface::IsUp))
            continue;
        for (const QNetworkAddressEntry& entry : iface.addressEntries()) {
            QHostAddress address = entry.ip();
            address.setScopeId(QString());
            if (!address.isLinkLocal())
                hosts.append(address.toString());
        }
    }
    const QString hostName = QHostInfo::localHostName();
    if (!hostName.isEmpty())
        hosts.append(hostName);
    hosts.removeDuplicates();
    return hosts;
}

QString StationCertificate::certificatePath(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("station-certificate.pem"));
}

Result<StationCertificate> StationCertificate::loadOrCreate(SecretStore& secrets, const QString& dataDir,
                                                            const QString& commonName)
{
    const QString path = certificatePath(dataDir);
    const std::optional<QByteArray> storedKey = secrets.read(tlsPrivateKeySecret());
    QFile file(path);
    const QByteArray storedCertificate = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    if (storedKey && matches(storedCertificate, *storedKey)) {
        StationCertificate loaded;
        loaded.certificatePem = storedCertificate;
        loaded.privateKeyPem = *storedKey;
        loaded.fingerprint = certificateFingerprint(QSslCertificate(storedCertificate).toDer());
        return loaded;
    }
    if (storedKey || !storedCertificate.isEmpty())
        qWarning(
            "Chairside: the station's TLS key (in %s) and certificate (%s) do not belong together or one "
            "is missing; a new pair is made. Paired stations refuse it until they are paired again.",
            qPrintable(secrets.describe()), qPrintable(path));
    auto made = generate(commonName, localHosts());
    if (!made)
        return made;
    // The key first: a certificate without its key would be replaced on the next start anyway.
    if (!secrets.write(tlsPrivateKeySecret(), made->privateKeyPem))
        return Error::unavailable(QStringLiteral("Cannot store the station's TLS key in %1: %2")
                                      .arg(secrets.describe(), secrets.errorString()));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(made->certificatePem) < 0 || !out.commit())
        return Error::unavailable(
            QStringLiteral("Cannot write the station's certificate to %1: %2").arg(path, out.errorString()));
    return made;
}

} // namespace chairside::api
