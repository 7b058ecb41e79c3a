-- carddesk-server schema 9 (SQLite): suspicious-transaction alerts and their
-- evidence transactions. See the PostgreSQL script; the columns are the
-- console's (resources/migrations/0013_alerts.sql). Times are the server's
-- UTC text "yyyy-MM-ddTHH:mm:ss.zzzZ" (fixed width: text order is time order).
CREATE TABLE alerts (
    id               INTEGER PRIMARY KEY,
    conversation_id  INTEGER NOT NULL UNIQUE REFERENCES conversations (id) ON DELETE CASCADE,
    customer_id      INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    card_id          INTEGER NOT NULL REFERENCES cards (id) ON DELETE CASCADE,
    rules            TEXT NOT NULL,
    findings         TEXT NOT NULL CHECK (CASE WHEN json_valid(findings) THEN json_type(findings) = 'array'
                                               AND json_array_length(findings) > 0 ELSE 0 END),
    status           TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'genuine', 'fraud')),
    raised_at        TEXT NOT NULL,
    decision_note    TEXT,
    decided_by       TEXT,
    decided_at       TEXT,
    command_id       TEXT,
    CHECK ((status = 'open') = (decided_by IS NULL AND decided_at IS NULL))
);
CREATE INDEX alerts_by_raised ON alerts (raised_at, id);
CREATE INDEX alerts_by_status ON alerts (status, raised_at, id);
CREATE INDEX alerts_by_customer ON alerts (customer_id, raised_at, id);
CREATE INDEX alerts_open_by_card ON alerts (card_id) WHERE status = 'open';

CREATE TABLE alert_transactions (
    transaction_id  INTEGER NOT NULL REFERENCES transactions (id) ON DELETE CASCADE,
    alert_id        INTEGER NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
    PRIMARY KEY (transaction_id, alert_id)
) WITHOUT ROWID;
CREATE INDEX alert_transactions_by_alert ON alert_transactions (alert_id);
