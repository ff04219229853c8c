#pragma once

#include "Clock.h"
#include "Error.h"
#include "domain/Role.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>

namespace chairside {

class Database;

// One entry of the audit log (schema 1, 17): who (the actor and their role, the source door and, for the
// API, the client), what (the kind, an action such as "patients.update" or "patients.read", the table and
// row, details as JSON), when, and at which station.
struct AuditEntry
{
    enum class Kind
    {
        Write, // a row change made through the write path (or applied from another station)
        Event, // something that is not a row change: a sign-in, a pairing, a secret stored
        Read   // patient data handed to someone
    };
    Kind kind = Kind::Write;
    QString action;
    QString table;
    QString rowId;
    QJsonObject detail;
};

QString auditKindName(AuditEntry::Kind kind);

// The audit log's one writer. The log is local to the station (never replicated) and append-only: the store
// refuses UPDATE and DELETE on it (schema 1, restated in 17), and no code needs either.
namespace auditlog {

// Appends on `conn` inside whatever transaction is open there (the unit of work's), stamped with this
// station's id and the actor's client.
Status append(const QSqlDatabase& conn, const Database& db, const Actor& actor, const QDateTime& at,
              const AuditEntry& entry);

// Appends a read (entry.kind is taken as Read). Reads are not row changes, so they need no unit of work:
// this is one INSERT in its own implicit transaction, taken in the store's write turn so it never waits in
// SQLite's sleeping busy handler behind a unit of work (and a unit never waits long behind it). Inside a
// unit of work open on this thread it joins that unit instead (the turn is already this thread's).
Status appendRead(Database& db, const Clock& clock, const Actor& actor, AuditEntry entry);

} // namespace auditlog

} // namespace chairside
