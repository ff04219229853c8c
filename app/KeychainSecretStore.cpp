#include "KeychainSecretStore.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace chairside::app {

namespace {

const QString kService = QStringLiteral("Chairside");

void waitFor(QKeychain::Job& job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString scope)
    : m_scope(std::move(scope))
{}

std::optional<QByteArray> KeychainSecretStore::read(const QString& key)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(m_scope + QLatin1Char('/') + key);
    waitFor(job);
    if (job.error() != QKeychain::NoError) {
        m_error = job.errorString();
        return std::nullopt;
    }
    return job.binaryData();
}

bool KeychainSecretStore::write(const QString& key, const QByteArray& value)
{
    QKeychain::WritePasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(m_scope + QLatin1Char('/') + key);
    job.setBinaryData(value);
    waitFor(job);
    if (job.error() != QKeychain::NoError) {
        m_error = job.errorString();
        return false;
    }
    return true;
}

bool KeychainSecretStore::remove(const QString& key)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(m_scope + QLatin1Char('/') + key);
    waitFor(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) {
        m_error = job.errorString();
        return false;
    }
    return true;
}

} // namespace chairside::app
