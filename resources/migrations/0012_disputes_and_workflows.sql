-- Version 12: disputes, and the lost/stolen card workflow an agent can leave
-- and another agent resume.
--
-- A dispute is filed for one transaction the customer does not recognise (or
-- disputes for another reason), with the evidence its reason needs (JSON) and
-- the police report reference when the card was stolen. transactions.
-- dispute_status mirrors the latest dispute's status for the lists.
CREATE TABLE disputes (
    id                INTEGER PRIMARY KEY,
    transaction_id    INTEGER NOT NULL UNIQUE REFERENCES transactions (id) ON DELETE CASCADE,
    card_id           INTEGER NOT NULL REFERENCES cards (id) ON DELETE CASCADE,
    reason            TEXT NOT NULL
                      CHECK (reason IN ('not_authorised', 'duplicate', 'amount_differs',
                                        'not_received', 'cancelled_recurring')),
    evidence          TEXT NOT NULL DEFAULT '{}',
    police_reference  TEXT,
    status            TEXT NOT NULL DEFAULT 'open'
                      CHECK (status IN ('open', 'won', 'lost', 'withdrawn')),
    workflow_id       INTEGER REFERENCES card_workflows (id) ON DELETE SET NULL,
    opened_at         TEXT NOT NULL,
    agent             TEXT NOT NULL,
    command_id        TEXT
);
CREATE INDEX disputes_by_card ON disputes (card_id, id);

-- A guided workflow for one card: what happened (lost, stolen, damaged,
-- compromised), how far it got, and the agent's answers so far (JSON), so
-- that any agent can resume it from the customer view. Finished or abandoned
-- workflows stay as the record of what was done.
CREATE TABLE card_workflows (
    id               INTEGER PRIMARY KEY,
    customer_id      INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    card_id          INTEGER NOT NULL REFERENCES cards (id) ON DELETE CASCADE,
    situation        TEXT NOT NULL CHECK (situation IN ('lost', 'stolen', 'damaged', 'compromised')),
    conversation_id  INTEGER REFERENCES conversations (id) ON DELETE SET NULL,
    state            TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'completed', 'abandoned')),
    step             TEXT NOT NULL,
    data             TEXT NOT NULL DEFAULT '{}',
    version          INTEGER NOT NULL DEFAULT 1,
    started_at       TEXT NOT NULL,
    started_by       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    completed_at     TEXT
);
CREATE INDEX card_workflows_open ON card_workflows (customer_id) WHERE state = 'open';
CREATE INDEX card_workflows_by_card ON card_workflows (card_id, id);
