-- carddesk-server schema 1 (SQLite, one desk): agents, their sessions, failed logins.
-- The same tables as the PostgreSQL schema; times are UTC text
-- "yyyy-MM-ddTHH:mm:ss.zzzZ" (fixed width, so text order is time order).
CREATE TABLE agents (
    id             INTEGER PRIMARY KEY,
    username       TEXT NOT NULL UNIQUE CHECK (length(username) BETWEEN 1 AND 64),
    display_name   TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    role           TEXT NOT NULL CHECK (role IN ('agent', 'supervisor')),
    language       TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('fi', 'sv', 'nb', 'en')),
    password_hash  TEXT NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE sessions (
    id          INTEGER PRIMARY KEY,
    token_hash  TEXT NOT NULL UNIQUE CHECK (length(token_hash) = 64),
    agent_id    INTEGER NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL
);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);
CREATE INDEX sessions_by_agent ON sessions (agent_id);

CREATE TABLE login_failures (
    username      TEXT PRIMARY KEY,
    failures      INTEGER NOT NULL,
    window_start  TEXT NOT NULL,
    locked_until  TEXT
);
