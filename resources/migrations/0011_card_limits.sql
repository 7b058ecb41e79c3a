-- Version 11: spending limits per card, in the account's currency (minor
-- units): per purchase, per day, and cash per day. No row: the product's
-- defaults, which this console does not restrict. Limits carry over to a
-- replacement card.
CREATE TABLE card_limits (
    card_id             INTEGER PRIMARY KEY REFERENCES cards (id) ON DELETE CASCADE,
    per_purchase_minor  INTEGER CHECK (per_purchase_minor IS NULL OR per_purchase_minor > 0),
    daily_minor         INTEGER CHECK (daily_minor IS NULL OR daily_minor > 0),
    daily_cash_minor    INTEGER CHECK (daily_cash_minor IS NULL OR daily_cash_minor > 0)
) WITHOUT ROWID;
