-- Chairside schema 17: the audit log records reads of patient data, where each entry was made and by which
-- client (issue 6, item 7).
--
-- audit_log stays local to the station (it is never replicated: Replica records the changes it applies as
-- entries of its own), so reads, which happen only here, go into the same table, marked kind = 'read'. A
-- read is one INSERT outside any transaction: the write-path guard lets an entry of kind 'read' through
-- without a unit of work (Database::configure), and nothing else.
--   kind:       'write' (a row change, applied here or arrived by sync), 'event' (sign-ins, refusals,
--               pairing: what is not a row change), or 'read' (patient data handed to someone).
--   station_id: the station where it happened (the origin station for a change applied by sync).
--   client:     for the API, the remote address, the credential's id (never the credential) and the
--               User-Agent; empty for the desktop, whose client is the station itself.
-- Columns added with constant defaults cost nothing on a log of millions of rows; older entries read as
-- 'write' (every entry before this schema was a write or an event recorded with one) with no station.
ALTER TABLE audit_log ADD COLUMN kind TEXT NOT NULL DEFAULT 'write' CHECK (kind IN ('write', 'event', 'read'));
ALTER TABLE audit_log ADD COLUMN station_id TEXT;
ALTER TABLE audit_log ADD COLUMN client TEXT;

-- Append-only, as schema 1 made it: restated so a store that lost its triggers gets them back. No code
-- updates or deletes audit entries (log compaction drops only change_log entries).
DROP TRIGGER IF EXISTS audit_log_append_only_update;
DROP TRIGGER IF EXISTS audit_log_append_only_delete;
CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
