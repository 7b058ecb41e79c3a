-- Version 6: the words of the inbox's full-text index, for prefix search.
-- FTS5 answers "kortti"* by merging the whole posting lists of every word
-- that starts so (about 60 ms for the commonest stems at 5M messages); the
-- same words as an OR of exact terms are read lazily, newest first, and a
-- page is full in a millisecond or two. This table lists the index's words
-- (as the unicode61 tokenizer stores them: lower case, diacritics removed)
-- so that a prefix can be expanded with a B-tree range read. Kept by the
-- repository as it writes; filled here from the index itself.
CREATE TABLE search_vocabulary (
    term  TEXT PRIMARY KEY
) WITHOUT ROWID;

CREATE VIRTUAL TABLE temp.conversation_search_terms USING fts5vocab(main, conversation_search, 'row');
INSERT INTO search_vocabulary (term) SELECT term FROM temp.conversation_search_terms;
DROP TABLE temp.conversation_search_terms;
