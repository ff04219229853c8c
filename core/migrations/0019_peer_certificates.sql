-- Chairside schema 19: stations pin each other's TLS certificates (issue 7). The SHA-256 fingerprint of the
-- certificate a peer showed when the pair was made (or that it sent in the pairing request), colon-separated
-- upper-case hex. Every later call to the peer accepts its certificate only when it still has this
-- fingerprint. NULL for a peer paired over plain HTTP (loopback), which has no certificate to pin.
ALTER TABLE sync_peers ADD COLUMN certificate_fingerprint TEXT;
