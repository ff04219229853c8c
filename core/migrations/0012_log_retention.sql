-- Chairside schema 12: log retention (issue 5). The change log stays append-only to every writer but one:
-- Replica::compact drops entries that no longer decide anything (an update or delete each of whose fields
-- has a newer change to the same row), once they are older than the retention. It raises the flag below in
-- its own transaction and lowers it before committing; any other delete is still refused.
DROP TRIGGER change_log_append_only_delete;
CREATE TRIGGER change_log_append_only_delete BEFORE DELETE ON change_log
WHEN (SELECT value FROM station_meta WHERE key = 'compacting_log') IS NOT '1'
BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END;
