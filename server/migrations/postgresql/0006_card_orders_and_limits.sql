-- carddesk-server schema 6 (PostgreSQL): what the card actions keep beside
-- the card. Columns follow the console's SQLite schema
-- (resources/migrations/0010_card_orders.sql, 0011_card_limits.sql).
--  * card_orders: what was ordered for a card: a replacement (how it travels,
--    where to, whether the PIN carries over: an explicit, audited choice) or
--    a new PIN (by letter, or shown in the app). The new card itself is a row
--    in cards (status 'ordered', replacement_of the old one). A card's
--    delivery (GET /v1/cards/{cardId}) is read from its latest replacement
--    order, or from its issue for a card that has none.
--  * card_limits: spending limits in the account's currency (minor units).
--    No row, or NULL: no limit of the desk's (the product's own apply).
--  * customers.address_flag: a card sent to the registered address never
--    arrived; the next card is not sent there unchecked.
CREATE TABLE card_orders (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    card_id           bigint NOT NULL REFERENCES cards (id) ON DELETE CASCADE,   -- the card ordered
    kind              text NOT NULL CHECK (kind IN ('replacement', 'pin_letter', 'pin_in_app')),
    delivery          text NOT NULL CHECK (delivery IN ('post', 'pickup_point', 'expedited', 'app')),
    pickup_point      text,
    address           text NOT NULL,                -- where it goes, as confirmed with the customer
    pin_carries_over  boolean NOT NULL,
    requested_at      timestamptz NOT NULL,
    agent             text NOT NULL,
    command_id        uuid,
    CHECK (delivery <> 'pickup_point' OR pickup_point IS NOT NULL)
);
CREATE INDEX card_orders_by_card ON card_orders (card_id, id);

CREATE TABLE card_limits (
    card_id             bigint PRIMARY KEY REFERENCES cards (id) ON DELETE CASCADE,
    per_purchase_minor  bigint CHECK (per_purchase_minor IS NULL OR per_purchase_minor > 0),
    daily_minor         bigint CHECK (daily_minor IS NULL OR daily_minor > 0),
    daily_cash_minor    bigint CHECK (daily_cash_minor IS NULL OR daily_cash_minor > 0)
);

ALTER TABLE customers ADD COLUMN address_flag text;

-- A card has one replacement: two agents ordering one at the same moment
-- cannot both succeed (the command also checks; this is the last word).
DROP INDEX cards_by_replacement_of;
CREATE UNIQUE INDEX cards_one_replacement ON cards (replacement_of) WHERE replacement_of IS NOT NULL;
