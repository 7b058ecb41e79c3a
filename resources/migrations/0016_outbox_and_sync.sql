-- Version 16: remote mode. Every command the agent makes waits in the outbox,
-- written in the same transaction as its optimistic local effect, until the
-- server has answered it. The sender posts the rows in seq order with
-- command_id as the Idempotency-Key, so a resend after a crash or a timeout
-- is applied once. A row leaves 'pending' only for 'applied' (the server took
-- it) or 'rejected' (the server refused it; shown to the agent, never dropped).
-- The database runs with synchronous=FULL (Database::open), so a committed row
-- survives a power cut.
CREATE TABLE outbox (
    seq                INTEGER PRIMARY KEY AUTOINCREMENT,   -- the order of sending; never reused
    command_id         TEXT NOT NULL UNIQUE,                -- UUID, sent as Idempotency-Key
    type               TEXT NOT NULL,                       -- "card.lock", ...
    subject            TEXT NOT NULL,                       -- "card:12"
    payload            TEXT NOT NULL CHECK (json_valid(payload)),   -- the command's payload, as made
    method             TEXT NOT NULL CHECK (method IN ('POST', 'PUT', 'PATCH', 'DELETE')),
    path               TEXT NOT NULL CHECK (substr(path, 1, 4) = '/v1/'),
    body               TEXT NOT NULL CHECK (json_valid(body)),      -- the request body, exactly as sent
                                                                    -- every time (a changed body under the
                                                                    -- same key is refused by the server)
    if_match           INTEGER CHECK (if_match IS NULL OR if_match >= 0),  -- version for If-Match
    agent              TEXT NOT NULL,
    created_at         TEXT NOT NULL,                       -- when the agent acted (UTC, RFC 3339)
    state              TEXT NOT NULL DEFAULT 'pending'
                       CHECK (state IN ('pending', 'sending', 'rejected', 'applied')),
    attempts           INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at    TEXT,                                -- after a failed attempt: not before
    last_status        INTEGER,                             -- HTTP status of the last answer, if any
    last_error_code    TEXT,                                -- problem code or a client-side code
    last_error_detail  TEXT,
    response           TEXT CHECK (response IS NULL OR json_valid(response)),
                                                            -- applied: the server's answer;
                                                            -- rejected: its problem details
    finished_at        TEXT                                 -- when it became applied or rejected
);
-- The sender reads the oldest unfinished row; the status bar counts them.
CREATE INDEX outbox_unfinished ON outbox (seq) WHERE state IN ('pending', 'sending');
-- The agent's list of refused commands.
CREATE INDEX outbox_rejected ON outbox (seq) WHERE state = 'rejected';

-- What the client remembers about its server between runs: the change-feed
-- cursor, the last successful contact, the server URL the cache belongs to.
CREATE TABLE sync_state (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
