-- carddesk-server schema 5 (SQLite): the unified inbox. See the PostgreSQL
-- script; the columns and the per-view indexes are the console's
-- (resources/migrations/0005_conversations.sql) with the server's updated_by,
-- command_id and the attachment bytes. Times are the server's UTC text
-- "yyyy-MM-ddTHH:mm:ss.zzzZ" (fixed width: text order is time order).
-- Full text (q) is a LIKE here: fine for one desk's data.
CREATE TABLE conversations (
    id                    INTEGER PRIMARY KEY,
    customer_id           INTEGER REFERENCES customers (id) ON DELETE SET NULL,
    contact               TEXT,
    channel               TEXT NOT NULL
                          CHECK (channel IN ('phone', 'email', 'chat', 'webform', 'social', 'app', 'alert')),
    queue                 TEXT NOT NULL DEFAULT 'general',
    status                TEXT NOT NULL
                          CHECK (status IN ('new', 'open', 'pending', 'on_hold', 'resolved', 'closed')),
    priority              TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    assignee              TEXT,
    language              TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('fi', 'sv', 'nb', 'en')),
    subject               TEXT NOT NULL DEFAULT '',
    topics                TEXT NOT NULL DEFAULT '',
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    first_response_due    TEXT,
    first_responded_at    TEXT,
    resolution_due        TEXT,
    resolved_at           TEXT,
    sla_due               TEXT NOT NULL,
    message_count         INTEGER NOT NULL DEFAULT 0 CHECK (message_count >= 0),
    last_message_preview  TEXT NOT NULL DEFAULT '',
    has_attachments       INTEGER NOT NULL DEFAULT 0,
    version               INTEGER NOT NULL DEFAULT 1 CHECK (version > 0),
    updated_by            TEXT,
    is_open               INTEGER GENERATED ALWAYS AS (status NOT IN ('resolved', 'closed')) VIRTUAL,
    priority_order        INTEGER GENERATED ALWAYS AS (CASE priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1
                                                      WHEN 'normal' THEN 2 ELSE 3 END) VIRTUAL
);
CREATE INDEX conversations_open_due ON conversations (is_open, sla_due, id);
CREATE INDEX conversations_open_updated ON conversations (is_open, updated_at, id);
CREATE INDEX conversations_open_priority ON conversations (is_open, priority_order, sla_due, id);
CREATE INDEX conversations_assignee_due ON conversations (assignee, is_open, sla_due, id);
CREATE INDEX conversations_assignee_updated ON conversations (assignee, is_open, updated_at, id);
CREATE INDEX conversations_assignee_priority ON conversations (assignee, is_open, priority_order, sla_due, id);
CREATE INDEX conversations_channel_due ON conversations (channel, is_open, sla_due, id);
CREATE INDEX conversations_channel_updated ON conversations (channel, is_open, updated_at, id);
CREATE INDEX conversations_channel_priority ON conversations (channel, is_open, priority_order, sla_due, id);
CREATE INDEX conversations_by_customer ON conversations (customer_id, updated_at, id);

CREATE TABLE conversation_topics (
    conversation_id  INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    topic            TEXT NOT NULL,
    PRIMARY KEY (topic, conversation_id)
) WITHOUT ROWID;
CREATE INDEX conversation_topics_by_conversation ON conversation_topics (conversation_id);

CREATE TABLE messages (
    id               INTEGER PRIMARY KEY,
    conversation_id  INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    seq              INTEGER NOT NULL CHECK (seq > 0),
    direction        TEXT NOT NULL CHECK (direction IN ('inbound', 'outbound', 'note')),
    author           TEXT NOT NULL,
    at               TEXT NOT NULL,
    body_text        TEXT NOT NULL,
    body_html        TEXT,
    delivery         TEXT NOT NULL CHECK (delivery IN ('received', 'queued', 'sent', 'delivered', 'failed')),
    external_id      TEXT,
    in_reply_to      TEXT,
    command_id       TEXT,
    UNIQUE (conversation_id, seq)
);
CREATE UNIQUE INDEX messages_by_external_id ON messages (external_id) WHERE external_id IS NOT NULL;
CREATE UNIQUE INDEX messages_by_command ON messages (command_id) WHERE command_id IS NOT NULL;

CREATE TABLE attachments (
    id          INTEGER PRIMARY KEY,
    message_id  INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    file_name   TEXT NOT NULL CHECK (length(file_name) > 0),
    mime_type   TEXT NOT NULL,
    size        INTEGER NOT NULL CHECK (size >= 0),
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    content_id  TEXT,
    inline      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX attachments_by_message ON attachments (message_id, id);

CREATE TABLE attachment_blobs (
    sha256  TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    size    INTEGER NOT NULL CHECK (size >= 0),
    bytes   BLOB NOT NULL
);
