-- carddesk-server schema 2 (SQLite): idempotency keys, the change feed, the audit log.
-- See the PostgreSQL script for the meaning of each column. One SQLite
-- database has one writer at a time (BEGIN IMMEDIATE), so sequence numbers
-- become visible in order without a further lock.
CREATE TABLE idempotency_keys (
    key               TEXT PRIMARY KEY CHECK (length(key) = 36),
    agent_id          INTEGER NOT NULL REFERENCES agents (id),
    fingerprint       TEXT NOT NULL CHECK (length(fingerprint) = 64),
    status            INTEGER NOT NULL CHECK (status BETWEEN 200 AND 599),
    response_body     TEXT NOT NULL,
    content_type      TEXT NOT NULL,
    response_headers  TEXT NOT NULL DEFAULT '{}',
    created_at        TEXT NOT NULL
);
CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_at);

CREATE TABLE changes (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    entity     TEXT NOT NULL,
    entity_id  INTEGER NOT NULL,
    op         TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    version    INTEGER,
    data       TEXT CHECK (data IS NULL OR json_valid(data)),
    at         TEXT NOT NULL
);

CREATE TABLE audit_log (
    seq          INTEGER PRIMARY KEY CHECK (seq > 0),
    command_id   TEXT,
    at           TEXT NOT NULL,
    agent        TEXT NOT NULL,
    action       TEXT NOT NULL,
    subject      TEXT NOT NULL,
    details      TEXT NOT NULL,
    prev_hash    TEXT NOT NULL CHECK (length(prev_hash) = 64),
    hash         TEXT NOT NULL UNIQUE CHECK (length(hash) = 64),
    customer_id  INTEGER,
    card_id      INTEGER
);
CREATE INDEX audit_log_by_agent ON audit_log (agent, seq);
CREATE INDEX audit_log_by_action ON audit_log (action, seq);
CREATE INDEX audit_log_by_at ON audit_log (at, seq);
CREATE INDEX audit_log_by_customer ON audit_log (customer_id, seq) WHERE customer_id IS NOT NULL;
CREATE INDEX audit_log_by_card ON audit_log (card_id, seq) WHERE card_id IS NOT NULL;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
