-- Version 10: what was ordered for a card: a replacement (with its delivery
-- and PIN choice), or a new PIN (by letter, or shown in the app). The new card itself is a row in cards
-- (status 'ordered', replacement_of the old one); the order says how it
-- travels: by post to the registered address, to a pickup point, or
-- expedited, and whether the PIN carries over (an explicit, audited choice).
CREATE TABLE card_orders (
    id                INTEGER PRIMARY KEY,
    card_id           INTEGER NOT NULL REFERENCES cards (id) ON DELETE CASCADE,   -- the card ordered
    kind              TEXT NOT NULL CHECK (kind IN ('replacement', 'pin_letter', 'pin_in_app')),
    delivery          TEXT NOT NULL CHECK (delivery IN ('post', 'pickup_point', 'expedited', 'app')),
    pickup_point      TEXT,
    address           TEXT NOT NULL,    -- where it goes, as confirmed with the customer
    pin_carries_over  INTEGER NOT NULL CHECK (pin_carries_over IN (0, 1)),
    requested_at      TEXT NOT NULL,
    agent             TEXT NOT NULL,
    command_id        TEXT,
    CHECK (delivery <> 'pickup_point' OR pickup_point IS NOT NULL)
);
CREATE INDEX card_orders_by_card ON card_orders (card_id);

-- A card that never reached the customer flags the address it was sent to,
-- so that the next card is not sent there unchecked.
ALTER TABLE customers ADD COLUMN address_flag TEXT;
