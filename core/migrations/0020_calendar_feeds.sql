-- Chairside schema 20: calendar feeds (issue 8), an iCalendar (.ics) address per dentist or chair that a
-- calendar program subscribes to. The address carries a random token, which is the only credential: the
-- store keeps its SHA-256, never the token (shown once, when the feed is made), as for auth_tokens.
--
-- Replicated like every other table (UUIDv7 ids, UTC ISO-8601 times, deleted_at, no defaults other than
-- NULL), so an address made on one station answers on every station, and revoking it anywhere revokes it
-- everywhere. No unique index on token_hash: rows made on two stations while apart must both arrive, and 32
-- random bytes do not collide.
CREATE TABLE calendar_feeds (
    id         TEXT PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('dentist', 'chair')),
    subject_id TEXT NOT NULL, -- doctors.id for a dentist's feed, chairs.id for a chair's
    token_hash TEXT NOT NULL,
    created_by TEXT REFERENCES users (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    revoked_at TEXT,
    deleted_at TEXT
);
CREATE INDEX calendar_feeds_token ON calendar_feeds (token_hash);
CREATE INDEX calendar_feeds_subject ON calendar_feeds (kind, subject_id);
