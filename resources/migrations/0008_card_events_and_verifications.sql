-- Version 8: every card transition, and every identity verification.
-- A transition records where the card was and went, the reason code and the
-- agent's own words, the channel (agent console, phone menu, app, system,
-- fraud monitoring), who and when, and the command that made it (the audit
-- log holds the same command, hash-chained).
CREATE TABLE card_events (
    id           INTEGER PRIMARY KEY,
    card_id      INTEGER NOT NULL REFERENCES cards (id) ON DELETE CASCADE,
    at           TEXT NOT NULL,
    from_state   TEXT NOT NULL,
    to_state     TEXT NOT NULL,
    reason_code  TEXT,
    reason_text  TEXT,
    channel      TEXT NOT NULL
                 CHECK (channel IN ('agent_console', 'phone_menu', 'app', 'system', 'fraud')),
    agent        TEXT,
    command_id   TEXT
);
CREATE INDEX card_events_by_card ON card_events (card_id, id);

-- A verification of the caller: how, the outcome, by whom, when. The card
-- actions' policy (Verification::allows) reads the latest one of the call.
CREATE TABLE verifications (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    card_id      INTEGER REFERENCES cards (id) ON DELETE SET NULL,
    method       TEXT NOT NULL
                 CHECK (method IN ('strong_eid', 'app_confirmation', 'knowledge_questions', 'card_identified')),
    passed       INTEGER NOT NULL CHECK (passed IN (0, 1)),
    agent        TEXT NOT NULL,
    at           TEXT NOT NULL
);
CREATE INDEX verifications_by_customer ON verifications (customer_id, id);
