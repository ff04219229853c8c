#include "SecretStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>

namespace chairside {

std::optional<QByteArray> InMemorySecretStore::read(const QString& key)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_values.constFind(key);
    if (it == m_values.constEnd())
        return std::nullopt;
    return *it;
}

bool InMemorySecretStore::write(const QString& key, const QByteArray& value)
{
    QMutexLocker lock(&m_mutex);
    m_values.insert(key, value);
    return true;
}

bool InMemorySecretStore::remove(const QString& key)
{
    QMutexLocker lock(&m_mutex);
    m_values.remove(key);
    return true;
}

FileSecretStore::FileSecretStore(QString path)
    : m_path(std::move(path))
{}

std::optional<QByteArray> FileSecretStore::read(const QString& key)
{
    QMutexLocker lock(&m_mutex);
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject secrets = QJsonDocument::fromJson(file.readAll()).object();
    if (!secrets.contains(key))
        return std::nullopt;
    return QByteArray::fromBase64(secrets.value(key).toString().toLatin1());
}

bool FileSecretStore::write(const QString& key, const QByteArray& value)
{
    QMutexLocker lock(&m_mutex);
    QJsonObject secrets;
    {
        QFile existing(m_path);
        if (existing.open(QIODevice::ReadOnly))
            secrets = QJsonDocument::fromJson(existing.readAll()).object();
    }
    secrets.insert(key, QString::fromLatin1(value.toBase64()));
    return save(secrets);
}

bool FileSecretStore::remove(const QString& key)
{
    QMutexLocker lock(&m_mutex);
    QFile existing(m_path);
    if (!existing.open(QIODevice::ReadOnly))
        return true; // no file, no secret
    QJsonObject secrets = QJsonDocument::fromJson(existing.readAll()).object();
    existing.close();
    if (!secrets.contains(key))
        return true;
    secrets.remove(key);
    return save(secrets);
}

bool FileSecretStore::save(const QJsonObject& secrets)
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(secrets).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        m_error = file.errorString();
        return false;
    }
    return true;
}

std::optional<QByteArray> loadOrCreateSigningKey(SecretStore& store, QString* error)
{
    static const QString key = QStringLiteral("token-signing-key");
    if (auto existing = store.read(key); existing && existing->size() >= 32)
        return existing;
    QByteArray fresh(64, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(fresh.data()), fresh.size() / 4);
    if (!store.write(key, fresh)) {
        if (error)
            *error = store.errorString();
        return std::nullopt;
    }
    return fresh;
}

} // namespace chairside
