-- carddesk-server schema 6 (SQLite): card orders (replacements, PIN
-- letters), spending limits and the address flag. See the PostgreSQL script.
CREATE TABLE card_orders (
    id                INTEGER PRIMARY KEY,
    card_id           INTEGER NOT NULL REFERENCES cards (id) ON DELETE CASCADE,
    kind              TEXT NOT NULL CHECK (kind IN ('replacement', 'pin_letter', 'pin_in_app')),
    delivery          TEXT NOT NULL CHECK (delivery IN ('post', 'pickup_point', 'expedited', 'app')),
    pickup_point      TEXT,
    address           TEXT NOT NULL,
    pin_carries_over  INTEGER NOT NULL CHECK (pin_carries_over IN (0, 1)),
    requested_at      TEXT NOT NULL,
    agent             TEXT NOT NULL,
    command_id        TEXT,
    CHECK (delivery <> 'pickup_point' OR pickup_point IS NOT NULL)
);
CREATE INDEX card_orders_by_card ON card_orders (card_id, id);

CREATE TABLE card_limits (
    card_id             INTEGER PRIMARY KEY REFERENCES cards (id) ON DELETE CASCADE,
    per_purchase_minor  INTEGER CHECK (per_purchase_minor IS NULL OR per_purchase_minor > 0),
    daily_minor         INTEGER CHECK (daily_minor IS NULL OR daily_minor > 0),
    daily_cash_minor    INTEGER CHECK (daily_cash_minor IS NULL OR daily_cash_minor > 0)
) WITHOUT ROWID;

ALTER TABLE customers ADD COLUMN address_flag TEXT;

DROP INDEX cards_by_replacement_of;
CREATE UNIQUE INDEX cards_one_replacement ON cards (replacement_of) WHERE replacement_of IS NOT NULL;
