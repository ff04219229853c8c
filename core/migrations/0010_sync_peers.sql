-- Chairside schema 10: the stations this one syncs with (issue 5). Both tables are local to the station and
-- never replicated: a pairing is between two stations, not clinic data.
--
-- Pairing: one station shows a short code; an admin types it on the other, which sends it together with a
-- token of its own. Each side keeps only the SHA-256 of the token the other presents (like auth_tokens), and
-- derives the token it presents itself from its signing key and pairing_id, so no secret is stored here.
CREATE TABLE sync_peers (
    site_id    TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    -- Where this station reaches the peer. Set on the station that typed the code, which drives the sync
    -- of the pair (push and pull); NULL on the station that showed the code, which only answers.
    url        TEXT,
    token_hash TEXT NOT NULL,
    pairing_id TEXT NOT NULL,
    paired_at  TEXT NOT NULL
);

-- The pairing code on show, if any (at most one row): hashed, short-lived and spent after a few wrong tries.
CREATE TABLE sync_pairing_codes (
    code_hash     TEXT NOT NULL,
    expires_at    TEXT NOT NULL,
    attempts_left INTEGER NOT NULL
);
