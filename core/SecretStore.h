#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>
#include <optional>

class QJsonObject;

namespace chairside {

// Port for secrets (the token-signing key, the TLS private key, the SMTP password, the Gemini key). They
// never go into the database or settings files. Implementations: QtKeychain on the desktop (app), a 0600 file
// for headless stations without a secret service, memory for tests.
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    virtual std::optional<QByteArray> read(const QString& key) = 0;
    // Returns false with a reason in errorString() when the secret could not be stored.
    virtual bool write(const QString& key, const QByteArray& value) = 0;
    // Forgets the secret; true also when there was none. False with a reason in errorString() otherwise.
    virtual bool remove(const QString& key) = 0;
    virtual QString errorString() const { return {}; }
    virtual QString describe() const = 0;
};

class InMemorySecretStore : public SecretStore
{
public:
    std::optional<QByteArray> read(const QString& key) override;
    bool write(const QString& key, const QByteArray& value) override;
    bool remove(const QString& key) override;
    QString describe() const override { return QStringLiteral("memory"); }

private:
    QMutex m_mutex;
    QHash<QString, QByteArray> m_values;
};

// Secrets in a JSON file readable only by the owner (0600). For headless stations without a D-Bus secret
// service; its use is logged as a warning because anyone with the account's files can read it.
class FileSecretStore : public SecretStore
{
public:
    explicit FileSecretStore(QString path);
    std::optional<QByteArray> read(const QString& key) override;
    bool write(const QString& key, const QByteArray& value) override;
    bool remove(const QString& key) override;
    QString errorString() const override { return m_error; }
    QString describe() const override { return QStringLiteral("file %1").arg(m_path); }

private:
    bool save(const QJsonObject& secrets);

    QString m_path;
    QString m_error;
    QMutex m_mutex;
};

// The name the Gemini API key is kept under (set in the admin screen; GEMINI_API_KEY overrides it).
inline QString geminiApiKeySecret()
{
    return QStringLiteral("gemini_api_key");
}

// The name the SMTP password is kept under (the user name is in CHAIRSIDE_MAIL_URL, never the password).
inline QString smtpPasswordSecret()
{
    return QStringLiteral("smtp_password");
}

// The name the text-message service's auth token is kept under (the account sid is CHAIRSIDE_SMS_ACCOUNT).
inline QString smsAuthTokenSecret()
{
    return QStringLiteral("sms_auth_token");
}

// The name the station's TLS private key (PEM) is kept under; made with its certificate on first start
// (sync/server/StationCertificate).
inline QString tlsPrivateKeySecret()
{
    return QStringLiteral("tls_private_key");
}

// The signing key for tokens and email links: read from the store, created on first use.
std::optional<QByteArray> loadOrCreateSigningKey(SecretStore& store, QString* error);

} // namespace chairside
