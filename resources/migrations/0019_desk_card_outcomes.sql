-- Version 19: remote mode keeps the desk's card outcomes for the supervisors'
-- figures. A lock, a replacement ordered or a dispute opened on any console
-- reaches the cache through the change feed ("card_outcome") or the history
-- a supervisor's console reads once (GET /v1/supervision/history). The card,
-- its transactions and the dispute's details stay on the server: only what
-- the weekly counts need is kept. Local mode writes card_events, card_orders
-- and disputes instead and leaves this table empty.
CREATE TABLE desk_card_outcomes (
    kind       TEXT NOT NULL CHECK (kind IN ('lock', 'replacement', 'dispute')),
    server_id  INTEGER NOT NULL,          -- the row's id on the server, per kind
    card_id    INTEGER NOT NULL,          -- the server's card id (the card need not be cached)
    at         TEXT NOT NULL,
    PRIMARY KEY (kind, server_id)
) WITHOUT ROWID;
CREATE INDEX desk_card_outcomes_by_at ON desk_card_outcomes (kind, at);
