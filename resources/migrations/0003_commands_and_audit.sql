-- Version 3: every mutation is a command; every command, reveal and login
-- leaves an audit entry chained by SHA-256.
CREATE TABLE commands (
    id           TEXT PRIMARY KEY,             -- UUID, the idempotency key
    type         TEXT NOT NULL,
    subject      TEXT NOT NULL,
    payload      TEXT NOT NULL,                -- JSON
    agent        TEXT NOT NULL,
    issued_at    TEXT NOT NULL,
    state        TEXT NOT NULL CHECK (state IN ('applied', 'rejected', 'pending', 'sent')),
    result       TEXT,                         -- message for the agent when rejected
    applied_at   TEXT
);
CREATE INDEX commands_by_state ON commands (state, issued_at);

CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY,
    command_id  TEXT,
    at          TEXT NOT NULL,
    agent       TEXT NOT NULL,
    action      TEXT NOT NULL,
    subject     TEXT NOT NULL,
    details     TEXT NOT NULL,                 -- JSON
    prev_hash   TEXT NOT NULL CHECK (length(prev_hash) = 64),
    hash        TEXT NOT NULL UNIQUE CHECK (length(hash) = 64)
);
CREATE INDEX audit_log_by_subject ON audit_log (subject, seq);

-- The log is append-only: the database itself refuses edits and deletions.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
