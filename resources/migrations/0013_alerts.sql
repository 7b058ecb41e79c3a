-- Version 13: suspicious-transaction alerts.
--
-- An alert is raised by the fraud rules (resources/fraud/rules.json) over a
-- customer's incoming transactions. It lands in the inbox as a conversation
-- on the 'alert' channel, whose first message states the evidence; this row
-- keeps what the rules found as data: the rules, the findings (JSON: rule,
-- evidence transaction ids, figures), and the agent's decision. Each
-- evidence transaction is listed in alert_transactions, so that a
-- transaction screened again never raises a second alert.
CREATE TABLE alerts (
    id               INTEGER PRIMARY KEY,
    conversation_id  INTEGER NOT NULL UNIQUE REFERENCES conversations (id) ON DELETE CASCADE,
    customer_id      INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    card_id          INTEGER NOT NULL REFERENCES cards (id) ON DELETE CASCADE,
    rules            TEXT NOT NULL,             -- rule names, space separated
    findings         TEXT NOT NULL,             -- JSON array
    status           TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'genuine', 'fraud')),
    raised_at        TEXT NOT NULL,
    decision_note    TEXT,
    decided_by       TEXT,
    decided_at       TEXT,
    command_id       TEXT
);
CREATE INDEX alerts_by_customer ON alerts (customer_id, id);
CREATE INDEX alerts_open_by_card ON alerts (card_id) WHERE status = 'open';

CREATE TABLE alert_transactions (
    transaction_id  INTEGER NOT NULL REFERENCES transactions (id) ON DELETE CASCADE,
    alert_id        INTEGER NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
    PRIMARY KEY (transaction_id, alert_id)
) WITHOUT ROWID;
CREATE INDEX alert_transactions_by_alert ON alert_transactions (alert_id);
