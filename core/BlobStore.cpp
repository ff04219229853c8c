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

Result<QByteArray> BlobStore::readChunk(const QString& sha256, qint64 offset, qint64 length) const
{
    if (!isSha256(sha256) || offset < 0 || length < 1)
        return Error::invalid(QStringLiteral("A chunk is named by a SHA-256, an offset and a length."));
    QFile file(pathOf(sha256));
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(QStringLiteral("The file %1 is not on this station.").arg(sha256));
    if (offset > file.size())
        return Error::invalid(QStringLiteral("The file %1 has only %2 bytes.").arg(sha256).arg(file.size()));
    file.seek(offset);
    return file.read(length);
}

QString BlobStore::partialPath(const QString& sha256) const
{
    return QDir(m_root).filePath(QStringLiteral("partial/") + sha256);
}

qint64 BlobStore::partialSize(const QString& sha256) const
{
    return isSha256(sha256) ? QFileInfo(partialPath(sha256)).size() : 0;
}

Result<qint64> BlobStore::appendChunk(const QString& sha256, qint64 offset, const QByteArray& bytes,
                                      bool last)
{
    if (!isSha256(sha256))
        return Error::invalid(QStringLiteral("A file is named by its SHA-256 in hexadecimal."));
    if (contains(sha256))
        return Error::conflict(QStringLiteral("The file %1 is already here.").arg(sha256));
    const qint64 held = partialSize(sha256);
    if (offset != held)
        return Error::conflict(
            QStringLiteral("%1 bytes of %2 are here; send from there.").arg(held).arg(sha256));
    const QString path = partialPath(sha256);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error::unavailable(QStringLiteral("Cannot create %1.").arg(QFileInfo(path).absolutePath()));
    QFile file(path);
    if (!file.open(QIODevice::Append) || file.write(bytes) != bytes.size() || !file.flush())
        return Error::unavailable(QStringLiteral("Cannot store the file: %1").arg(file.errorString()));
    file.close();
    if (!last)
        return held + bytes.size();

    QFile whole(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!whole.open(QIODevice::ReadOnly) || !hash.addData(&whole))
        return Error::unavailable(QStringLiteral("Cannot read back %1.").arg(path));
    whole.close();
    if (QString::fromLatin1(hash.result().toHex()) != sha256) {
        QFile::remove(path);
        return Error::invalid(QStringLiteral("The file received is not %1; it was dropped.").arg(sha256));
    }
    const QString target = pathOf(sha256);
    if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::rename(path, target))
        return Error::unavailable(QStringLiteral("Cannot move %1 into the store.").arg(path));
    return held + bytes.size();
}

bool BlobStore::contains(const QString& sha256) const
{
    return isSha256(sha256) && QFile::exists(pathOf(sha256));
}

} // namespace chairside
