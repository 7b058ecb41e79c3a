-- Version 7: the card lifecycle of card-issuing platforms.
-- migrator: foreign_keys off
-- ordered -> shipped -> delivered -> pending_activation -> active <-> locked,
-- and closed (final) with a reason. The old states map onto it: inactive
-- (issued, not activated) is pending_activation; blocked and expired are
-- closed, their reason kept (an expired card's reason is "expired"). The
-- reason a replacement was issued moves from status_reason (where the demo
-- kept it on the new, active card) to its own column; "renewal" is an
-- expiry. A version for optimistic concurrency: two agents never change one
-- card unaware of each other. SQLite cannot change a CHECK in place, so the
-- table is rebuilt (with foreign keys off, see the Migrator).
CREATE TABLE cards_v7 (
    id                   INTEGER PRIMARY KEY,
    account_id           INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    customer_id          INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    bin                  TEXT NOT NULL CHECK (length(bin) = 6 AND bin NOT GLOB '*[^0-9]*'),
    last4                TEXT NOT NULL CHECK (length(last4) = 4 AND last4 NOT GLOB '*[^0-9]*'),
    product              TEXT NOT NULL,
    embossed_name        TEXT NOT NULL,
    status               TEXT NOT NULL
                         CHECK (status IN ('ordered', 'shipped', 'delivered', 'pending_activation', 'active',
                                           'locked', 'closed')),
    status_reason        TEXT,   -- why it is locked or closed
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
    version              INTEGER NOT NULL DEFAULT 1,
    CHECK (status <> 'closed' OR coalesce(status_reason, '') IN ('lost', 'stolen', 'damaged', 'expired', 'fraud',
                                                                 'customer_request', 'undeliverable'))
);

INSERT INTO cards_v7 (id, account_id, customer_id, bin, last4, product, embossed_name, status, status_reason,
                      expiry, issued_at, replacement_of, replacement_reason, online_enabled, abroad_enabled,
                      contactless_enabled, atm_enabled, version)
SELECT id, account_id, customer_id, bin, last4, product, embossed_name,
       CASE status WHEN 'inactive' THEN 'pending_activation'
                   WHEN 'blocked' THEN 'closed'
                   WHEN 'expired' THEN 'closed'
                   ELSE status END,
       CASE WHEN status = 'expired' THEN 'expired'
            WHEN status IN ('blocked', 'closed')
                 THEN CASE WHEN status_reason IN ('lost', 'stolen', 'damaged', 'expired', 'fraud',
                                                  'customer_request', 'undeliverable')
                           THEN status_reason ELSE 'customer_request' END
            WHEN status = 'locked' THEN status_reason
            ELSE NULL END,
       expiry, issued_at, replacement_of,
       CASE WHEN replacement_of IS NULL THEN NULL
            WHEN status_reason = 'renewal' THEN 'expired'
            WHEN status_reason IN ('lost', 'stolen', 'damaged', 'expired', 'fraud', 'undeliverable')
                 THEN status_reason
            ELSE NULL END,
       online_enabled, abroad_enabled, contactless_enabled, atm_enabled, 1
FROM cards;

DROP TABLE cards;
ALTER TABLE cards_v7 RENAME TO cards;
CREATE INDEX cards_by_customer ON cards (customer_id);
CREATE INDEX cards_by_last4 ON cards (last4);
CREATE INDEX cards_by_replacement_of ON cards (replacement_of) WHERE replacement_of IS NOT NULL;
