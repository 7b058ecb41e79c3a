-- CardDesk schema, version 1: customers, accounts, cards, transactions, agents.
-- Money is stored in minor units (cents, öre) as INTEGER; times as UTC ISO-8601.
-- No full card number is ever stored: cards keep the BIN and the last four.

CREATE TABLE agents (
    id            INTEGER PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('agent', 'supervisor')),
    language      TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('fi', 'sv', 'nb', 'en'))
);

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
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    version            INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX customers_by_last_name ON customers (last_name_fold, first_name_fold);
CREATE INDEX customers_by_phone ON customers (phone_e164);

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
    status               TEXT NOT NULL
                         CHECK (status IN ('inactive', 'active', 'locked', 'blocked', 'expired', 'closed')),
    status_reason        TEXT,
    expiry               TEXT NOT NULL,
    issued_at            TEXT NOT NULL,
    replacement_of       INTEGER REFERENCES cards (id),
    online_enabled       INTEGER NOT NULL DEFAULT 1,
    abroad_enabled       INTEGER NOT NULL DEFAULT 1,
    contactless_enabled  INTEGER NOT NULL DEFAULT 1,
    atm_enabled          INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX cards_by_customer ON cards (customer_id);
CREATE INDEX cards_by_last4 ON cards (last4);

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
    dispute_status  TEXT CHECK (dispute_status IN ('open', 'won', 'lost'))
);
CREATE INDEX transactions_by_card_time ON transactions (card_id, occurred_at DESC);

CREATE TABLE meta (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
