#pragma once

#include <QList>
#include <QString>
#include <QStringList>

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

} // namespace chairside
