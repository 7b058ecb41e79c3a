-- Version 4: find a card's replacement without scanning every card.
-- The lookup's "blocked card" badge asks whether a blocked card has been
-- replaced; without this index that was a scan of all cards for each blocked
-- card on a result page (about 100 ms each at a million customers).
-- Partial: only replacement cards have replacement_of.
CREATE INDEX cards_by_replacement_of ON cards (replacement_of) WHERE replacement_of IS NOT NULL;
