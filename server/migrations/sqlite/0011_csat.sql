-- carddesk-server schema 11 (SQLite): satisfaction (CSAT) surveys, and the
-- agent and channel of each answer. See the PostgreSQL script. Times are the
-- server's UTC text "yyyy-MM-ddTHH:mm:ss.zzzZ".
CREATE TABLE satisfaction_requests (
    id               INTEGER PRIMARY KEY,
    conversation_id  INTEGER NOT NULL UNIQUE REFERENCES conversations (id) ON DELETE CASCADE,
    customer_id      INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    agent            TEXT NOT NULL,
    channel          TEXT NOT NULL CHECK (channel IN ('phone', 'email', 'chat', 'webform', 'social', 'app')),
    sent_at          TEXT NOT NULL,
    answered_at      TEXT,
    command_id       TEXT
);
CREATE INDEX satisfaction_requests_by_customer ON satisfaction_requests (customer_id, sent_at);
CREATE INDEX satisfaction_requests_by_sent ON satisfaction_requests (sent_at);

ALTER TABLE satisfaction_responses ADD COLUMN agent TEXT;
ALTER TABLE satisfaction_responses ADD COLUMN channel TEXT
    CHECK (channel IN ('phone', 'email', 'chat', 'webform', 'social', 'app', 'alert'));
ALTER TABLE satisfaction_responses ADD COLUMN command_id TEXT;
