#pragma once

#include "Error.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace chairside {

// Values that must be unique among a table's live rows. Not constraints in the schema: rows made on two
// stations while they were apart must both arrive by sync, so the write path (UnitOfWork) keeps uniqueness
// for the writes of this station, and ConflictService lists the duplicates sync brought in.
struct UniqueRule
{
    QString table;
    QStringList columns;
    bool ignoreCase = false;
    bool liveRowsOnly = true; // rows with deleted_at set do not count
};

const QList<UniqueRule>& uniqueRules();

// The rules of `table` whose values `row` (the row as it would be stored under `id`) shares with another
// row. Only rules over a column in `columns` are checked (every rule when it is empty); a rule with an empty
// or NULL value in `row` never matches, and a deleted row takes part in none. Services read it for their
// field messages, the write path to refuse the write.
Result<QList<UniqueRule>> duplicatedRules(const QSqlDatabase& db, const QString& table, const QString& id,
                                          const QVariantMap& row, const QStringList& columns = {});

} // namespace chairside
