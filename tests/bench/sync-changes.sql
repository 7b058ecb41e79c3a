-- scripts/server-bench.sh: :changes rows for the change feed, written
-- straight into carddesk-server's `changes` table (PostgreSQL) from the rows
-- of the imported dataset, for the client cache sync measurement
-- (carddesk-bench --sync-bench). A working day of a contact centre, in time
-- order:
--
--  * one conversation in ten (:changes / 10 conversations, taken from the
--    dataset by hash) has nine changes: created with the customer's first
--    message (conversation upsert, then the message), assigned to an agent,
--    the agent's reply, an internal note and the customer's follow-up, each
--    message followed by the conversation at its next version (as
--    POST /v1/conversations/{id}/messages writes them);
--  * the rest are card changes (lock, unlock, lock ...) on active cards,
--    two or three each.
--
-- For 100,000 changes: 10,000 conversations (50,000 conversation and
-- 40,000 message upserts) and 10,000 card upserts on 4,000 cards. The data
-- of each change has the shape JsonCodec::toJson gives (the server's own
-- writer); server-bench.sh checks the field names against the changes the
-- server itself wrote during the wrk runs. Messages get ids above the
-- server's (they exist only in the feed); bodies come from the dataset.
--
--   psql -v changes=100000 -f sync-changes.sql

\set ON_ERROR_STOP on

-- Card limits came with schema 6; an older schema has none (every limit null).
SELECT to_regclass('card_limits') IS NULL AS no_card_limits \gset

BEGIN;

\if :no_card_limits
CREATE TEMP TABLE card_limits (card_id bigint, per_purchase_minor bigint, daily_minor bigint,
                               daily_cash_minor bigint) ON COMMIT DROP;
\endif

CREATE TEMP TABLE sync_params ON COMMIT DROP AS
SELECT (:changes)::int / 10 AS conversations,
       (:changes)::int - 9 * ((:changes)::int / 10) AS card_changes,
       greatest(1, ((:changes)::int - 9 * ((:changes)::int / 10)) * 2 / 5) AS cards,
       date_trunc('second', now()) - interval '9 hours' AS day_start,
       (SELECT coalesce(max(id), 0) FROM messages) AS message_base;

CREATE OR REPLACE FUNCTION pg_temp.ts(t timestamptz) RETURNS text LANGUAGE sql IMMUTABLE AS
$$ SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') $$;

-- The conversations, each with the start of its day and four message times.
CREATE TEMP TABLE sync_conversations ON COMMIT DROP AS
SELECT c.*, coalesce(cu.first_name || ' ' || cu.last_name, c.contact, '') AS customer_name,
       row_number() OVER (ORDER BY md5(c.id::text)) AS n,
       p.day_start + (abs(hashint8(c.id)::bigint) % 28800) * interval '1 second' AS t0
FROM conversations c
LEFT JOIN customers cu ON cu.id = c.customer_id
CROSS JOIN sync_params p
WHERE c.channel NOT IN ('alert', 'phone')
ORDER BY md5(c.id::text)
LIMIT (SELECT conversations FROM sync_params);

-- Four messages each: inbound, the agent's reply, a note, the customer's follow-up.
CREATE TEMP TABLE sync_messages ON COMMIT DROP AS
SELECT sc.id AS conversation_id, k,
       p.message_base + (sc.n - 1) * 4 + k AS id,
       sc.t0 + (k - 1) * interval '7 minutes' + (abs(hashint8(sc.id * 4 + k)::bigint) % 300) * interval '1 second' AS at,
       CASE k WHEN 1 THEN 'inbound' WHEN 2 THEN 'outbound' WHEN 3 THEN 'note' ELSE 'inbound' END AS direction,
       CASE WHEN k IN (1, 4) THEN coalesce(nullif(sc.customer_name, ''), 'customer')
            ELSE 'bench.agent' || lpad((1 + sc.n % 50)::text, 2, '0') END AS author,
       coalesce(m.body_text, m1.body_text, 'Thank you, that helps.') AS body_text
FROM sync_conversations sc
CROSS JOIN generate_series(1, 4) AS k
CROSS JOIN sync_params p
LEFT JOIN messages m ON m.conversation_id = sc.id AND m.seq = k
LEFT JOIN messages m1 ON m1.conversation_id = sc.id AND m1.seq = 1;

-- The conversation as it is after each step: v1 created (new, one message),
-- v2 assigned, v3..v5 after messages 2..4.
CREATE TEMP TABLE sync_conversation_versions ON COMMIT DROP AS
SELECT sc.id, v,
       CASE v WHEN 1 THEN sm1.at WHEN 2 THEN sm1.at + interval '1 minute' ELSE smv.at END AS at,
       jsonb_build_object(
           'id', sc.id,
           'customerId', sc.customer_id,
           'customerName', sc.customer_name,
           'channel', sc.channel,
           'status', CASE WHEN v <= 2 THEN 'new' ELSE 'open' END,
           'priority', sc.priority,
           'queue', sc.queue,
           'assignee', CASE WHEN v = 1 THEN NULL ELSE 'bench.agent' || lpad((1 + sc.n % 50)::text, 2, '0') END,
           'topics', coalesce((SELECT jsonb_agg(t) FROM unnest(string_to_array(nullif(sc.topics, ''), ' ')) t),
                              '[]'::jsonb),
           'language', sc.language,
           'subject', sc.subject,
           -- a note leaves the preview as it was
           'preview', left(regexp_replace(smp.body_text, '\s+', ' ', 'g'), 140),
           'createdAt', pg_temp.ts(sm1.at),
           'updatedAt', pg_temp.ts(CASE v WHEN 1 THEN sm1.at WHEN 2 THEN sm1.at + interval '1 minute'
                                   ELSE smv.at END),
           'firstResponseDue', CASE WHEN v <= 2 THEN pg_temp.ts(sm1.at + interval '4 hours') END,
           'resolutionDue', pg_temp.ts(sm1.at + interval '3 days'),
           'messageCount', CASE WHEN v = 1 THEN 1 ELSE v - 1 END,
           'hasAttachments', false,
           'version', v) AS data
FROM sync_conversations sc
CROSS JOIN generate_series(1, 5) AS v
JOIN sync_messages sm1 ON sm1.conversation_id = sc.id AND sm1.k = 1
LEFT JOIN sync_messages smv ON smv.conversation_id = sc.id AND smv.k = v - 1 AND v >= 3
JOIN sync_messages smp ON smp.conversation_id = sc.id AND smp.k = CASE v WHEN 1 THEN 1 WHEN 2 THEN 1 WHEN 3 THEN 2
                                                                         WHEN 4 THEN 2 ELSE 4 END;

-- Cards: lock, unlock, lock ... on active cards (each change at its next version).
CREATE TEMP TABLE sync_cards ON COMMIT DROP AS
SELECT k.*, a.currency, row_number() OVER (ORDER BY md5(k.id::text)) - 1 AS n
FROM cards k
JOIN accounts a ON a.id = k.account_id
WHERE k.status = 'active'
ORDER BY md5(k.id::text)
LIMIT (SELECT cards FROM sync_params);

CREATE TEMP TABLE sync_card_changes ON COMMIT DROP AS
SELECT k.id, k.version + 1 + t / p.cards AS version,
       p.day_start + (abs(hashint8(k.id * 7 + t / p.cards)::bigint) % 28800) * interval '1 second'
           + (t / p.cards) * interval '1 minute' AS at,
       jsonb_build_object(
           'id', k.id,
           'accountId', k.account_id,
           'customerId', k.customer_id,
           'maskedPan', k.bin || '******' || k.last4,
           'bin', k.bin,
           'last4', k.last4,
           'product', k.product,
           'embossedName', k.embossed_name,
           'status', CASE WHEN (t / p.cards) % 2 = 0 THEN 'locked' ELSE 'active' END,
           'statusReason', CASE WHEN (t / p.cards) % 2 = 0 THEN 'misplaced' END,
           'replacementReason', k.replacement_reason,
           'replacementOf', k.replacement_of,
           'expiry', to_char(k.expiry, 'YYYY-MM-DD'),
           'controls', jsonb_build_object('online', k.online_enabled, 'abroad', k.abroad_enabled,
                                          'contactless', k.contactless_enabled, 'atm', k.atm_enabled),
           'limits', jsonb_build_object(
               'perPurchase', CASE WHEN l.per_purchase_minor IS NOT NULL
                                   THEN jsonb_build_object('minor', l.per_purchase_minor, 'currency', k.currency) END,
               'daily', CASE WHEN l.daily_minor IS NOT NULL
                             THEN jsonb_build_object('minor', l.daily_minor, 'currency', k.currency) END,
               'dailyCash', CASE WHEN l.daily_cash_minor IS NOT NULL
                                 THEN jsonb_build_object('minor', l.daily_cash_minor, 'currency', k.currency) END),
           'version', k.version + 1 + t / p.cards) AS data
FROM sync_params p
CROSS JOIN generate_series(0, p.card_changes - 1) AS t
JOIN sync_cards k ON k.n = t % p.cards
LEFT JOIN card_limits l ON l.card_id = k.id;

-- Into the feed in time order (within one conversation: created, message 1,
-- assigned, then each message before the conversation's new version).
INSERT INTO changes (entity, entity_id, op, version, data, at)
SELECT entity, entity_id, 'upsert', version, data, at
FROM (
    SELECT 'conversation' AS entity, id AS entity_id, v AS version, data, at, id AS grp,
           CASE v WHEN 1 THEN 0 WHEN 2 THEN 2 ELSE 2 * v - 2 END AS step
    FROM sync_conversation_versions
    UNION ALL
    SELECT 'message', m.id, NULL,
           jsonb_build_object(
               'id', m.id,
               'conversationId', m.conversation_id,
               'direction', m.direction,
               'author', m.author,
               'at', pg_temp.ts(m.at),
               'bodyText', m.body_text,
               'bodyHtml', NULL,
               'delivery', CASE m.direction WHEN 'inbound' THEN 'received' WHEN 'note' THEN 'received'
                                            ELSE 'queued' END,
               'externalId', CASE WHEN m.direction = 'inbound'
                                  THEN 'bench-sync-' || m.id || '@mail.example' END,
               'attachments', '[]'::jsonb,
               -- letters at three places, so that no run of 13 digits can look like a card number
               -- (the feed masks those in every string: a random UUID has one about once in 10,000)
               'commandId', CASE WHEN m.direction <> 'inbound'
                                 THEN overlay(overlay(overlay(gen_random_uuid()::text placing 'c' from 10 for 1)
                                                      placing 'a' from 20 for 1) placing 'e' from 30 for 1) END),
           m.at, m.conversation_id, CASE m.k WHEN 1 THEN 1 ELSE 2 * m.k - 1 END
    FROM sync_messages m
    UNION ALL
    SELECT 'card', id, version, data, at, id, 0
    FROM sync_card_changes
) c
ORDER BY at, grp, step;

COMMIT;
