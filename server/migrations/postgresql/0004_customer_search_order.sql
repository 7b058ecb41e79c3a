-- carddesk-server schema 4 (PostgreSQL): customer lookup in name order.
-- The name-order index carries the search document, so that a lookup can walk
-- customers in name order and test the document without reading table rows
-- (an index-only scan), stopping at the first page of matches: the cheap way
-- for words that many customers share ("anna", "helsinki"). The trigram index
-- stays for the rest (CustomerStore::search chooses). It replaces
-- customers_by_name, which has the same key.
CREATE INDEX customers_search_order ON customers (last_name_fold, first_name_fold, id) INCLUDE (search_doc);
DROP INDEX customers_by_name;
-- The trigram index reads a table row per match: for a common surname, fast
-- when those rows are neighbours. The import writes customers in name order;
-- room left on each page keeps an updated row on its page; and a plain
-- "CLUSTER customers" (maintenance, after many new customers) restores the order.
ALTER TABLE customers SET (fillfactor = 90);
ALTER TABLE customers CLUSTER ON customers_search_order;
