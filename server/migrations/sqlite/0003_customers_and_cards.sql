-- carddesk-server schema 3 (SQLite): customers, accounts, cards and their
-- events, transactions, identity verifications. See the PostgreSQL script.
-- Search is a LIKE over search_doc: fine for one desk's data, not for a
-- million customers (that is what PostgreSQL with pg_trgm is for).
CREATE TABLE customers (
    id                 INTEGER PRIMARY KEY,
    customer_number    TEXT NOT NULL UNIQUE,
    first_name         TEXT NOT NULL,
    last_name          TEXT NOT NULL,
    first_name_fold    TEXT NOT NULL,
    last_name_fold     TEXT NOT NULL,
    birth_date         TEXT NOT NULL,
    national_id        TEXT NOT NULL,
    country            TEXT NOT NULL CHECK (country IN ('FI', 'SE', 'NO')),
    phone_e164         TEXT,
    email              TEXT,
    street             TEXT,
    postcode           TEXT,
    city               TEXT,
    language           TEXT NOT NULL CHECK (language IN ('fi', 'sv', 'nb', 'en')),
    loyalty_tier       TEXT NOT NULL DEFAULT 'basic'
                       CHECK (loyalty_tier IN ('basic', 'silver', 'gold', 'platinum')),
    consent_marketing  INTEGER NOT NULL DEFAULT 0,
    consent_sms        INTEGER NOT NULL DEFAULT 0,
    search_doc         TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    version            INTEGER NOT NULL DEFAULT 1 CHECK (version > 0)
);
CREATE INDEX customers_by_name ON customers (last_name_fold, first_name_fold, id);
CREATE INDEX customers_by_first_name ON customers (first_name_fold, id);

CREATE TABLE customer_benefits (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    code         TEXT NOT NULL,
    description  TEXT NOT NULL,
    valid_until  TEXT
);
CREATE INDEX customer_benefits_by_customer ON customer_benefits (customer_id);

CREATE TABLE accounts (
    id                  INTEGER PRIMARY KEY,
    customer_id         INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    account_number      TEXT NOT NULL UNIQUE,
    product             TEXT NOT NULL,
    currency            TEXT NOT NULL CHECK (length(currency) = 3),
    credit_limit_minor  INTEGER NOT NULL CHECK (credit_limit_minor >= 0),
    balance_minor       INTEGER NOT NULL,
    minimum_due_minor   INTEGER NOT NULL DEFAULT 0,
    due_date            TEXT,
    status              TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'overdue', 'closed')),
    opened_at           TEXT NOT NULL
);
CREATE INDEX accounts_by_customer ON accounts (customer_id);

CREATE TABLE cards (
    id                   INTEGER PRIMARY KEY,
    account_id           INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    customer_id          INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    bin                  TEXT NOT NULL CHECK (length(bin) = 6 AND bin NOT GLOB '*[^0-9]*'),
    last4                TEXT NOT NULL CHECK (length(last4) = 4 AND last4 NOT GLOB '*[^0-9]*'),
    product              TEXT NOT NULL,
    embossed_name        TEXT NOT NULL,
    status               TEXT NOT NULL CHECK (status IN ('ordered', 'shipped', 'delivered', 'pending_activation',
                                                         'active', 'locked', 'closed')),
    status_reason        TEXT,
    expiry               TEXT NOT NULL,
    issued_at            TEXT NOT NULL,
    replacement_of       INTEGER REFERENCES cards (id),
    replacement_reason   TEXT CHECK (replacement_reason IS NULL
                                     OR replacement_reason IN ('lost', 'stolen', 'damaged', 'expired', 'fraud',
                                                               'undeliverable')),
    online_enabled       INTEGER NOT NULL DEFAULT 1,
    abroad_enabled       INTEGER NOT NULL DEFAULT 1,
    contactless_enabled  INTEGER NOT NULL DEFAULT 1,
    atm_enabled          INTEGER NOT NULL DEFAULT 1,
    version              INTEGER NOT NULL DEFAULT 1 CHECK (version > 0),
    updated_at           TEXT,
    updated_by           TEXT,
    CHECK (status <> 'closed' OR coalesce(status_reason, '') IN ('lost', 'stolen', 'damaged', 'expired', 'fraud',
                                                                 'customer_request', 'undeliverable'))
);
CREATE INDEX cards_by_customer ON cards (customer_id);
CREATE INDEX cards_by_account ON cards (account_id);
CREATE INDEX cards_by_replacement_of ON cards (replacement_of) WHERE replacement_of IS NOT NULL;

CREATE TABLE card_events (
    id           INTEGER PRIMARY KEY,
    card_id      INTEGER NOT NULL REFERENCES cards (id) ON DELETE CASCADE,
    at           TEXT NOT NULL,
    from_state   TEXT NOT NULL,
    to_state     TEXT NOT NULL,
    reason_code  TEXT,
    reason_text  TEXT,
    channel      TEXT NOT NULL CHECK (channel IN ('agent_console', 'phone_menu', 'app', 'system', 'fraud')),
    agent        TEXT,
    command_id   TEXT
);
CREATE INDEX card_events_by_card ON card_events (card_id, id);

CREATE TABLE transactions (
    id              INTEGER PRIMARY KEY,
    card_id         INTEGER NOT NULL REFERENCES cards (id) ON DELETE CASCADE,
    occurred_at     TEXT NOT NULL,
    amount_minor    INTEGER NOT NULL,
    currency        TEXT NOT NULL CHECK (length(currency) = 3),
    merchant        TEXT NOT NULL,
    mcc             TEXT NOT NULL CHECK (length(mcc) = 4),
    country         TEXT NOT NULL CHECK (length(country) = 2),
    status          TEXT NOT NULL CHECK (status IN ('pending', 'posted', 'declined', 'reversed')),
    dispute_status  TEXT CHECK (dispute_status IN ('open', 'won', 'lost', 'withdrawn')),
    entry_mode      TEXT NOT NULL DEFAULT 'chip' CHECK (entry_mode IN ('chip', 'contactless', 'online', 'atm'))
);
CREATE INDEX transactions_by_card_time ON transactions (card_id, occurred_at DESC, id DESC);

CREATE TABLE verifications (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    card_id      INTEGER REFERENCES cards (id) ON DELETE SET NULL,
    method       TEXT NOT NULL
                 CHECK (method IN ('strong_eid', 'app_confirmation', 'knowledge_questions', 'card_identified')),
    passed       INTEGER NOT NULL CHECK (passed IN (0, 1)),
    agent        TEXT NOT NULL,
    at           TEXT NOT NULL,
    command_id   TEXT
);
CREATE INDEX verifications_by_customer_agent ON verifications (customer_id, agent, id);
