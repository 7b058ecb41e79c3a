-- Version 2: full-text lookup over customers.
-- One document per customer (rowid = customers.id): folded name, email,
-- phone digits (E.164 and national), customer number, city and card last
-- fours. The document is built by CustomerRepository::refreshSearchDocument
-- in the same transaction as every change to the rows it is made from, and
-- by the migration step that follows this script for rows that already exist.
-- trigram: any substring of three or more characters matches; shorter input
-- takes the B-tree prefix path.
CREATE VIRTUAL TABLE customer_search USING fts5 (doc, tokenize = 'trigram');
