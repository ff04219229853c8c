#pragma once

#include "Error.h"

#include <QSqlDatabase>
#include <QVariantList>
#include <QVariantMap>
#include <optional>

namespace chairside::sql {

// Read helpers for services. Writes to replicated tables go through UnitOfWork instead.
Result<QList<QVariantMap>> select(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {});
Result<std::optional<QVariantMap>> selectOne(const QSqlDatabase& db, const QString& sql,
                                             const QVariantList& binds = {});
Result<QVariant> scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {});

} // namespace chairside::sql
