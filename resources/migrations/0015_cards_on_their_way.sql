-- Version 15: the delivery tracker looks, every minute, for the cards still
-- on their way (ordered, shipped, delivered). They are a handful among a
-- million cards: a partial index finds them without reading the table.
CREATE INDEX cards_on_their_way ON cards (status) WHERE status IN ('ordered', 'shipped', 'delivered');
