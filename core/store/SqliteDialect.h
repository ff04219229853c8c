#pragma once

#include <QSqlDatabase>
#include <QString>

namespace chairside::sqlite {

// Runs a script of several statements (triggers included) on a QSQLITE connection via the native handle,
// which QSqlQuery cannot do. Returns an empty string or the SQLite error message.
QString executeScript(const QSqlDatabase& db, const QString& script);

// SQLite result code of the last failed statement mapped to "is it a uniqueness violation".
bool isUniqueViolation(const QString& driverText);

} // namespace chairside::sqlite
