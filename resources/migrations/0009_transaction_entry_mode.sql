-- Version 9: how a card was used for each transaction: chip, contactless,
-- online (card not present) or at an ATM. Card controls (online, abroad,
-- contactless, ATM) and the fraud rules (card-not-present in high-risk
-- categories) judge by it. Rows written before this version are classified
-- from what they carry: an ATM by its merchant category, online by the
-- card-not-present categories, contactless by a small amount, else chip.
ALTER TABLE transactions ADD COLUMN entry_mode TEXT NOT NULL DEFAULT 'chip'
    CHECK (entry_mode IN ('chip', 'contactless', 'online', 'atm'));
UPDATE transactions SET entry_mode =
    CASE WHEN mcc = '6011' THEN 'atm'
         WHEN mcc IN ('5967', '5968', '5969', '5815', '5816', '5817', '5818', '4816', '7995') THEN 'online'
         WHEN amount_minor <= CASE currency WHEN 'EUR' THEN 5000 ELSE 50000 END THEN 'contactless'
         ELSE 'chip' END;
