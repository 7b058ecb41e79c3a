-- Version 14: the audit viewer's filters, fast on a log of millions of entries.
--
-- audit_refs names every customer, card and conversation an audit entry
-- concerns, so that a customer's history also finds the entries about their
-- cards and conversations. It is derived data, outside the hashed fields:
-- the chain covers audit_log alone, and AuditLog::append fills this table in
-- the same transaction as the entry. kind: 1 customer, 2 card, 3 conversation.
CREATE TABLE audit_refs (
    kind  INTEGER NOT NULL CHECK (kind IN (1, 2, 3)),
    ref   INTEGER NOT NULL,
    seq   INTEGER NOT NULL,
    PRIMARY KEY (kind, ref, seq)
) WITHOUT ROWID;

-- Each filter walks its own index newest first: (x, seq) gives the rows of
-- one agent or one action already in sequence order.
CREATE INDEX audit_log_by_agent ON audit_log (agent, seq);
CREATE INDEX audit_log_by_action ON audit_log (action, seq);
-- A date range becomes a range of sequence numbers through this index.
CREATE INDEX audit_log_by_at ON audit_log (at, seq);

-- The entries written before this version, by the rules AuditLog::append
-- follows from now on. The subject first: "customer:1", "card:2",
-- "conversation:3,4,5".
WITH RECURSIVE split(seq, kind, rest, item) AS (
    SELECT seq,
           CASE substr(subject, 1, instr(subject, ':') - 1)
               WHEN 'customer' THEN 1 WHEN 'card' THEN 2 ELSE 3 END,
           substr(subject, instr(subject, ':') + 1) || ',',
           NULL
    FROM audit_log
    WHERE subject LIKE 'customer:%' OR subject LIKE 'card:%' OR subject LIKE 'conversation:%'
    UNION ALL
    SELECT seq, kind, substr(rest, instr(rest, ',') + 1), substr(rest, 1, instr(rest, ',') - 1)
    FROM split
    WHERE rest <> ''
)
INSERT OR IGNORE INTO audit_refs (kind, ref, seq)
SELECT kind, CAST(item AS INTEGER), seq
FROM split
WHERE item <> '' AND item NOT GLOB '*[^0-9]*';

-- Then the ids the details name.
INSERT OR IGNORE INTO audit_refs (kind, ref, seq)
SELECT CASE j.key WHEN 'customerId' THEN 1 WHEN 'conversationId' THEN 3 ELSE 2 END, j.value, l.seq
FROM (SELECT seq, details FROM audit_log WHERE json_valid(details)) AS l, json_each(l.details) AS j
WHERE j.key IN ('customerId', 'cardId', 'newCardId', 'closedPredecessor', 'conversationId')
  AND j.type = 'integer' AND j.value > 0;

INSERT OR IGNORE INTO audit_refs (kind, ref, seq)
SELECT 3, j.value, l.seq
FROM (SELECT seq, details FROM audit_log
      WHERE json_valid(details) AND json_type(details, '$.conversationIds') = 'array') AS l,
     json_each(l.details, '$.conversationIds') AS j
WHERE j.type = 'integer' AND j.value > 0;

-- Last, the customer who holds each card and conversation named.
INSERT OR IGNORE INTO audit_refs (kind, ref, seq)
SELECT 1, c.customer_id, r.seq
FROM audit_refs AS r JOIN cards AS c ON c.id = r.ref
WHERE r.kind = 2;

INSERT OR IGNORE INTO audit_refs (kind, ref, seq)
SELECT 1, v.customer_id, r.seq
FROM audit_refs AS r JOIN conversations AS v ON v.id = r.ref
WHERE r.kind = 3 AND v.customer_id IS NOT NULL;
