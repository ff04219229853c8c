#include "SqliteDialect.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace chairside::sqlite {

QString executeScript(const QSqlDatabase& db, const QString& script)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return QStringLiteral("not a SQLite connection");
    sqlite3* native = *static_cast<sqlite3* const*>(handle.data());
    char* message = nullptr;
    const int rc = sqlite3_exec(native, script.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    const QString text = message ? QString::fromUtf8(message) : QStringLiteral("SQLite error %1").arg(rc);
    sqlite3_free(message);
    return text;
}

bool isUniqueViolation(const QString& driverText)
{
    return driverText.contains(QLatin1String("UNIQUE constraint failed"));
}

} // namespace chairside::sqlite
