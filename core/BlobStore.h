#pragma once

#include "Error.h"

#include <QByteArray>
#include <QString>

namespace chairside {

// Image and document files outside SQLite, content-addressed: <root>/<first two hex>/<sha256>. Writing the
// same bytes twice stores them once; a file is written to a temporary name and renamed, so a crash never
// leaves a half file under a real hash.
class BlobStore
{
public:
    explicit BlobStore(QString root)
        : m_root(std::move(root))
    {}

    // Stores the bytes and returns their SHA-256 (hex).
    Result<QString> put(const QByteArray& bytes);
    Result<QByteArray> read(const QString& sha256) const;
    bool contains(const QString& sha256) const;
    QString pathOf(const QString& sha256) const;

    // Files travel between stations in chunks (sync): `length` bytes of a stored file from `offset`.
    Result<QByteArray> readChunk(const QString& sha256, qint64 offset, qint64 length) const;
    // A file being received is kept apart (partial/<sha256>) until it is whole and its hash checked, so a
    // transfer cut off resumes where it stopped. How much of it has arrived:
    qint64 partialSize(const QString& sha256) const;
    // Appends a chunk that starts at `offset`, which must be what has arrived (else a conflict naming it);
    // `last` ends the file: its SHA-256 is checked and it joins the store, or it is dropped when it does not
    // match. Answers the bytes held after the chunk.
    Result<qint64> appendChunk(const QString& sha256, qint64 offset, const QByteArray& bytes, bool last);

private:
    QString partialPath(const QString& sha256) const;

    QString m_root;
};

} // namespace chairside
