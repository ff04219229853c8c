#include "BlobStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

namespace chairside {

namespace {

bool isSha256(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern.match(text).hasMatch();
}

} // namespace

QString BlobStore::pathOf(const QString& sha256) const
{
    return QDir(m_root).filePath(sha256.left(2) + QLatin1Char('/') + sha256);
}

Result<QString> BlobStore::put(const QByteArray& bytes)
{
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    if (contains(sha))
        return sha;
    const QString path = pathOf(sha);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error::unavailable(
            QStringLiteral("Cannot create the image folder %1.").arg(QFileInfo(path).absolutePath()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::unavailable(QStringLiteral("Cannot store the image: %1").arg(file.errorString()));
    return sha;
}

Result<QByteArray> BlobStore::read(const QString& sha256) const
{
    if (!isSha256(sha256))
        return Error::notFound();
    QFile file(pathOf(sha256));
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(QStringLiteral("The file %1 is not on this station.").arg(sha256));
    return file.readAll();
}

bool BlobStore::contains(const QString& sha256) const
{
    return isSha256(sha256) && QFile::exists(pathOf(sha256));
}

} // namespace chairside
