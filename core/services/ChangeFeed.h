#pragma once

#include "Error.h"
#include "domain/Role.h"
#include "services/ServiceContext.h"

#include <QDateTime>
#include <QSet>
#include <QVariantList>
#include <QVariantMap>
#include <optional>

namespace chairside {

// Since when a client wants what changed (`changed_since` on the API's lists): the watermark an earlier
// answer handed it, or a time.
struct ChangesSince
{
    // The store's change sequence (ChangeFeed::watermark): exact, whatever the stations' clocks say.
    qint64 seq = 0;
    // When valid, the changes stamped after this time instead: handy for a first poll, but a change made
    // earlier on a station that was apart arrives with its own (earlier) time and is missed.
    QDateTime at = {};
};

// The change feed for outside programs (Open Dental's pattern): every list answers with the store's
// watermark, the sequence number of the newest change in the change log, and takes it back to list only
// the rows changed since. The change log numbers changes in the order this store committed them (SQLite
// has one writer), local and synced alike, so nothing committed after a watermark was read has a number at
// or below it: polling loses nothing. A row counts as changed when a change to the row itself was logged.
class ChangeFeed
{
public:
    explicit ChangeFeed(ServiceContext& ctx);

    // The watermark: hand it back as `changed_since` to get what changed after this moment.
    qint64 watermark() const;
    // A watermark (digits) or an ISO-8601 time with an offset or Z; anything else is a field error.
    static Result<ChangesSince> parse(const QString& text);
    // The ids of the rows changed since (every replicated table: ids are UUIDs, unique across tables).
    Result<QSet<QString>> changedRows(const ChangesSince& since) const;
    // The same as a condition a list query adds, " AND <idColumn> IN (...)" with its bind values appended,
    // when `since` is given; nothing without. Every list that records its read (readaudit) filters in its
    // own query, so that what it records is what it answers; lists paged in SQL, so that counts and pages
    // are right.
    static QString andChangedSince(const QString& idColumn, const std::optional<ChangesSince>& since,
                                   QVariantList& binds);
    // Rows deleted since, for pollers to drop what they hold: {table, id, deleted_at, seq}, oldest first.
    // For those who work at the clinic (`changes.see_deleted`); ids only, nothing of the rows' content.
    Result<QList<QVariantMap>> deletions(const Actor& actor, const ChangesSince& since) const;

private:
    ServiceContext& m_ctx;
};

} // namespace chairside
