-- Version 5: the unified inbox. Conversations on every channel, their
-- messages and attachments, full-text search over subjects and messages,
-- and the counts of the inbox navigation.
-- Times are UTC "yyyy-MM-ddTHH:mm:ssZ" (they sort as text). Macros are not
-- stored here: they ship as JSON (resources/macros/macros.json).

CREATE TABLE conversations (
    id                  INTEGER PRIMARY KEY,
    customer_id         INTEGER REFERENCES customers (id) ON DELETE SET NULL,
    contact             TEXT,                  -- sender address / number when no customer matched
    channel             TEXT NOT NULL
                        CHECK (channel IN ('phone', 'email', 'chat', 'webform', 'social', 'app', 'alert')),
    queue               TEXT NOT NULL DEFAULT 'general',
    status              TEXT NOT NULL
                        CHECK (status IN ('new', 'open', 'pending', 'on_hold', 'resolved', 'closed')),
    priority            TEXT NOT NULL DEFAULT 'normal'
                        CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    assignee            TEXT,                  -- agent username; NULL when unassigned
    language            TEXT NOT NULL DEFAULT 'en',
    subject             TEXT NOT NULL DEFAULT '',
    topics              TEXT NOT NULL DEFAULT '',   -- topic names, space separated (filter: conversation_topics)
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    first_response_due  TEXT,
    first_responded_at  TEXT,
    resolution_due      TEXT,
    resolved_at         TEXT,
    -- The deadline that applies now: first_response_due until the first
    -- reply, then resolution_due. Written by the repository; the SLA sorts
    -- and the "due soon" view range-scan it.
    sla_due             TEXT NOT NULL,
    message_count       INTEGER NOT NULL DEFAULT 0,
    last_message_preview TEXT NOT NULL DEFAULT '',
    has_attachments     INTEGER NOT NULL DEFAULT 0,
    version             INTEGER NOT NULL DEFAULT 1,
    -- Derived, so that they can never disagree with status and priority.
    is_open             INTEGER GENERATED ALWAYS AS (status NOT IN ('resolved', 'closed')) VIRTUAL,
    -- 0 = urgent … 3 = low, so that "urgent first, then soonest due" is one ascending index order
    priority_order      INTEGER GENERATED ALWAYS AS (CASE priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1
                                                     WHEN 'normal' THEN 2 ELSE 3 END) VIRTUAL
);

-- One index per (view family, sort): every page of every view is a range
-- scan that LIMIT stops, never a sort of all matching rows (checked by
-- EXPLAIN QUERY PLAN in tst_conversationrepository).
--  open / resolved (All open, Due soon, Resolved)
CREATE INDEX conversations_open_due ON conversations (is_open, sla_due, id);
CREATE INDEX conversations_open_updated ON conversations (is_open, updated_at, id, sla_due);
CREATE INDEX conversations_open_priority ON conversations (is_open, priority_order, sla_due, id);
--  per assignee (My open; Unassigned is assignee IS NULL)
CREATE INDEX conversations_assignee_due ON conversations (assignee, is_open, sla_due, id);
CREATE INDEX conversations_assignee_updated ON conversations (assignee, is_open, updated_at, id);
CREATE INDEX conversations_assignee_priority ON conversations (assignee, is_open, priority_order, sla_due, id);
--  per channel (one view per channel, Alerts)
CREATE INDEX conversations_channel_due ON conversations (channel, is_open, sla_due, id);
CREATE INDEX conversations_channel_updated ON conversations (channel, is_open, updated_at, id);
CREATE INDEX conversations_channel_priority ON conversations (channel, is_open, priority_order, sla_due, id);
--  the customer's conversations, newest first
CREATE INDEX conversations_by_customer ON conversations (customer_id, updated_at);

CREATE TABLE conversation_topics (
    conversation_id  INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    topic            TEXT NOT NULL,
    PRIMARY KEY (topic, conversation_id)
) WITHOUT ROWID;

CREATE TABLE messages (
    id               INTEGER PRIMARY KEY,
    conversation_id  INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    seq              INTEGER NOT NULL,          -- 1, 2, … within the conversation
    direction        TEXT NOT NULL CHECK (direction IN ('inbound', 'outbound', 'note')),
    author           TEXT NOT NULL,
    at               TEXT NOT NULL,
    body_text        TEXT NOT NULL,             -- card numbers already masked
    body_html        TEXT,                      -- sanitised to the allowlist
    delivery         TEXT NOT NULL
                     CHECK (delivery IN ('received', 'queued', 'sent', 'delivered', 'failed')),
    external_id      TEXT,                      -- RFC 5322 Message-ID, or the channel's id
    in_reply_to      TEXT
);
CREATE INDEX messages_by_conversation ON messages (conversation_id, seq);
-- A repeated Message-ID is the same mail: never stored twice.
CREATE UNIQUE INDEX messages_by_external_id ON messages (external_id) WHERE external_id IS NOT NULL;

CREATE TABLE attachments (
    id          INTEGER PRIMARY KEY,
    message_id  INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    file_name   TEXT NOT NULL,
    mime_type   TEXT NOT NULL,
    size        INTEGER NOT NULL CHECK (size >= 0),
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),   -- key in the AttachmentStore
    content_id  TEXT,
    inline      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX attachments_by_message ON attachments (message_id);

-- Full text over subjects and message text. Word-based (unicode61, accents
-- folded: "kayttoraja" finds "käyttöraja"), with prefix
-- indexes for two and three characters. Contentless: the text is in the
-- rows above. rowid = conversation_id * 2^20 + n, n = 0 for the subject and
-- the message's seq for a message, so that every match of one conversation
-- is adjacent and search pages newest conversation first without a sort.
CREATE VIRTUAL TABLE conversation_search USING fts5 (
    text,
    content = '',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- Navigation counts that do not depend on the clock, kept by the
-- repository in the same transaction as every change: "open",
-- "unassigned", "channel:<name>", "assignee:<username>" (open only).
CREATE TABLE inbox_counts (
    key  TEXT PRIMARY KEY,
    n    INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

-- Matching an email sender to a customer, case-insensitively.
CREATE INDEX customers_by_email ON customers (lower(email)) WHERE email IS NOT NULL;
