#pragma once

#include "SecretStore.h"

namespace chairside::app {

// Secrets in the desktop keychain (Secret Service on Linux) through QtKeychain. Each call waits for its job
// in a local event loop; secrets are read once at start-up, so the wait is short and off the hot paths.
class KeychainSecretStore : public SecretStore
{
public:
    // `scope` separates stations sharing one desktop account (the store's site id).
    explicit KeychainSecretStore(QString scope);
    std::optional<QByteArray> read(const QString& key) override;
    bool write(const QString& key, const QByteArray& value) override;
    bool remove(const QString& key) override;
    QString errorString() const override { return m_error; }
    QString describe() const override { return QStringLiteral("the desktop keychain"); }

private:
    QString m_scope;
    QString m_error;
};

} // namespace chairside::app
