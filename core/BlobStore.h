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

private:
    QString m_root;
};

} // namespace chairside
