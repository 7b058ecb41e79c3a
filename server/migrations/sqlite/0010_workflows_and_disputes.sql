-- carddesk-server schema 10 (SQLite): card workflows and disputes. See the
-- PostgreSQL script; the columns are the console's
-- (resources/migrations/0012_disputes_and_workflows.sql). data and evidence
-- are JSON objects as text. Times are the server's UTC text
-- "yyyy-MM-ddTHH:mm:ss.zzzZ" (fixed width: text order is time order).
CREATE TABLE card_workflows (
    id               INTEGER PRIMARY KEY,
    customer_id      INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    card_id          INTEGER NOT NULL REFERENCES cards (id) ON DELETE CASCADE,
    situation        TEXT NOT NULL CHECK (situation IN ('lost', 'stolen', 'damaged', 'compromised')),
    conversation_id  INTEGER REFERENCES conversations (id) ON DELETE SET NULL,
    state            TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'completed', 'abandoned')),
    step             TEXT NOT NULL
                     CHECK (step IN ('situation', 'locked', 'review', 'police', 'replacement', 'summary', 'done')),
    data             TEXT NOT NULL DEFAULT '{}'
                     CHECK (CASE WHEN json_valid(data) THEN json_type(data) = 'object' ELSE 0 END),
    version          INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    started_at       TEXT NOT NULL,
    started_by       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    completed_at     TEXT,
    command_id       TEXT
);
CREATE UNIQUE INDEX card_workflows_one_open ON card_workflows (card_id) WHERE state = 'open';
CREATE INDEX card_workflows_open_by_customer ON card_workflows (customer_id, id) WHERE state = 'open';
CREATE INDEX card_workflows_by_card ON card_workflows (card_id, id);

CREATE TABLE disputes (
    id                INTEGER PRIMARY KEY,
    transaction_id    INTEGER NOT NULL UNIQUE REFERENCES transactions (id) ON DELETE CASCADE,
    card_id           INTEGER NOT NULL REFERENCES cards (id) ON DELETE CASCADE,
    reason            TEXT NOT NULL
                      CHECK (reason IN ('not_authorised', 'duplicate', 'amount_differs', 'not_received',
                                        'cancelled_recurring')),
    evidence          TEXT NOT NULL DEFAULT '{}'
                      CHECK (CASE WHEN json_valid(evidence) THEN json_type(evidence) = 'object' ELSE 0 END),
    police_reference  TEXT,
    status            TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'won', 'lost', 'withdrawn')),
    workflow_id       INTEGER REFERENCES card_workflows (id) ON DELETE SET NULL,
    opened_at         TEXT NOT NULL,
    agent             TEXT NOT NULL,
    command_id        TEXT
);
CREATE INDEX disputes_by_card ON disputes (card_id, id);
CREATE INDEX disputes_by_workflow ON disputes (workflow_id) WHERE workflow_id IS NOT NULL;
