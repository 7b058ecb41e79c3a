-- Version 18: the supervisor's workspace. Agents' presence and queues,
-- customer satisfaction (CSAT) surveys and their answers, the indexes of the
-- live queue board, and the hourly rollup behind the analytics.
-- Times are UTC "yyyy-MM-ddTHH:mm:ssZ", as everywhere.

-- Presence is set by the agent (a command, audited: agent.presence.set);
-- presence_since is when it last changed. queues: queue names, space separated.
ALTER TABLE agents ADD COLUMN presence TEXT NOT NULL DEFAULT 'offline'
    CHECK (presence IN ('available', 'busy', 'away', 'offline'));
ALTER TABLE agents ADD COLUMN presence_since TEXT;
ALTER TABLE agents ADD COLUMN queues TEXT NOT NULL DEFAULT '';
-- Until a supervisor says otherwise, everyone works every queue there is.
UPDATE agents SET queues = coalesce((SELECT group_concat(queue, ' ')
                                     FROM (SELECT DISTINCT queue FROM conversations ORDER BY queue)), '');

-- A survey sent after a conversation was resolved, on its channel, and the
-- customer's answer (1 = very dissatisfied ... 5 = very satisfied). agent is
-- the agent the conversation was with (its assignee when it was resolved).
CREATE TABLE csat_requests (
    id               INTEGER PRIMARY KEY,
    conversation_id  INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    agent            TEXT,
    channel          TEXT NOT NULL
                     CHECK (channel IN ('phone', 'email', 'chat', 'webform', 'social', 'app', 'alert')),
    sent_at          TEXT NOT NULL,
    command_id       TEXT
);
CREATE INDEX csat_requests_by_sent ON csat_requests (sent_at);
CREATE INDEX csat_requests_by_conversation ON csat_requests (conversation_id);

CREATE TABLE csat_answers (
    id               INTEGER PRIMARY KEY,
    conversation_id  INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    agent            TEXT,
    channel          TEXT NOT NULL
                     CHECK (channel IN ('phone', 'email', 'chat', 'webform', 'social', 'app', 'alert')),
    score            INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    answered_at      TEXT NOT NULL
);
CREATE INDEX csat_answers_by_answered ON csat_answers (answered_at);
CREATE INDEX csat_answers_by_conversation ON csat_answers (conversation_id);

-- The live queue board (SupervisionRepository::queueBoard): each figure of a
-- queue and channel is a range of one of these, never a scan of the table.
--  open, due soon and breached, by the deadline that applies now
CREATE INDEX conversations_board_due ON conversations (queue, channel, sla_due)
    WHERE status NOT IN ('resolved', 'closed');
--  waiting: nobody works it yet (new, or unassigned and not pending), oldest first
CREATE INDEX conversations_board_waiting ON conversations (queue, channel, created_at)
    WHERE status = 'new' OR (assignee IS NULL AND status IN ('open', 'on_hold'));
--  pending customer
CREATE INDEX conversations_board_pending ON conversations (queue, channel)
    WHERE status = 'pending';

-- The rollup reads an hour's conversations by when they came in, were first
-- answered and were resolved. Covering: the rows of an hour lie together in
-- the index, where the table has them scattered (measured at 1M
-- conversations: an hour computed in about a tenth of the time).
CREATE INDEX conversations_by_created ON conversations (created_at, channel, topics);
CREATE INDEX conversations_by_first_response
    ON conversations (first_responded_at, channel, priority, created_at, first_response_due, assignee, queue)
    WHERE first_responded_at IS NOT NULL;
CREATE INDEX conversations_by_resolved
    ON conversations (resolved_at, channel, priority, created_at, resolution_due, assignee, queue)
    WHERE resolved_at IS NOT NULL;
-- Card outcomes per week, beside the topics.
CREATE INDEX card_events_locks_by_at ON card_events (at) WHERE to_state = 'locked';
CREATE INDEX card_orders_replacements_by_requested ON card_orders (requested_at) WHERE kind = 'replacement';
CREATE INDEX disputes_by_opened ON disputes (opened_at);

-- The analytics' rollup: for each UTC hour (hours since the epoch), the
-- facts of the conversations that came in, were first answered or were
-- resolved in it, and of the surveys sent and answered in it: counts per
-- channel, agent, queue and topic, and each response and resolution time in
-- SLA time (SupervisionRepository writes and reads the blob). A period of
-- 90 days is about 2,200 rows, whatever the number of conversations.
CREATE TABLE supervision_hours (
    hour   INTEGER PRIMARY KEY,
    facts  BLOB NOT NULL
);

-- Hours whose facts must be computed again. The triggers below mark them in
-- the same transaction as the change, whoever writes (the repositories, the
-- remote cache, the demo generator); SupervisionRepository rebuilds them
-- before it reads, and drops the mark.
CREATE TABLE supervision_stale_hours (
    hour  INTEGER PRIMARY KEY
);

CREATE TRIGGER conversations_supervision_insert AFTER INSERT ON conversations
BEGIN
    INSERT OR IGNORE INTO supervision_stale_hours (hour)
    SELECT h FROM (SELECT CAST(strftime('%s', t) AS INTEGER) / 3600 AS h
                   FROM (SELECT NEW.created_at AS t UNION ALL SELECT NEW.first_responded_at
                         UNION ALL SELECT NEW.resolved_at))
    WHERE h IS NOT NULL;
END;

CREATE TRIGGER conversations_supervision_update
AFTER UPDATE OF created_at, channel, queue, priority, assignee, topics, first_response_due,
                first_responded_at, resolution_due, resolved_at ON conversations
WHEN OLD.created_at IS NOT NEW.created_at OR OLD.channel IS NOT NEW.channel OR OLD.queue IS NOT NEW.queue
     OR OLD.priority IS NOT NEW.priority OR OLD.assignee IS NOT NEW.assignee OR OLD.topics IS NOT NEW.topics
     OR OLD.first_response_due IS NOT NEW.first_response_due
     OR OLD.first_responded_at IS NOT NEW.first_responded_at
     OR OLD.resolution_due IS NOT NEW.resolution_due OR OLD.resolved_at IS NOT NEW.resolved_at
BEGIN
    INSERT OR IGNORE INTO supervision_stale_hours (hour)
    SELECT h FROM (SELECT CAST(strftime('%s', t) AS INTEGER) / 3600 AS h
                   FROM (SELECT OLD.created_at AS t UNION ALL SELECT OLD.first_responded_at
                         UNION ALL SELECT OLD.resolved_at UNION ALL SELECT NEW.created_at
                         UNION ALL SELECT NEW.first_responded_at UNION ALL SELECT NEW.resolved_at))
    WHERE h IS NOT NULL;
END;

CREATE TRIGGER conversations_supervision_delete AFTER DELETE ON conversations
BEGIN
    INSERT OR IGNORE INTO supervision_stale_hours (hour)
    SELECT h FROM (SELECT CAST(strftime('%s', t) AS INTEGER) / 3600 AS h
                   FROM (SELECT OLD.created_at AS t UNION ALL SELECT OLD.first_responded_at
                         UNION ALL SELECT OLD.resolved_at))
    WHERE h IS NOT NULL;
END;

CREATE TRIGGER csat_requests_supervision_insert AFTER INSERT ON csat_requests
BEGIN
    INSERT OR IGNORE INTO supervision_stale_hours (hour)
    SELECT h FROM (SELECT CAST(strftime('%s', NEW.sent_at) AS INTEGER) / 3600 AS h) WHERE h IS NOT NULL;
END;
CREATE TRIGGER csat_requests_supervision_update AFTER UPDATE ON csat_requests
BEGIN
    INSERT OR IGNORE INTO supervision_stale_hours (hour)
    SELECT h FROM (SELECT CAST(strftime('%s', OLD.sent_at) AS INTEGER) / 3600 AS h) WHERE h IS NOT NULL;
    INSERT OR IGNORE INTO supervision_stale_hours (hour)
    SELECT h FROM (SELECT CAST(strftime('%s', NEW.sent_at) AS INTEGER) / 3600 AS h) WHERE h IS NOT NULL;
END;
CREATE TRIGGER csat_requests_supervision_delete AFTER DELETE ON csat_requests
BEGIN
    INSERT OR IGNORE INTO supervision_stale_hours (hour)
    SELECT h FROM (SELECT CAST(strftime('%s', OLD.sent_at) AS INTEGER) / 3600 AS h) WHERE h IS NOT NULL;
END;

CREATE TRIGGER csat_answers_supervision_insert AFTER INSERT ON csat_answers
BEGIN
    INSERT OR IGNORE INTO supervision_stale_hours (hour)
    SELECT h FROM (SELECT CAST(strftime('%s', NEW.answered_at) AS INTEGER) / 3600 AS h) WHERE h IS NOT NULL;
END;
CREATE TRIGGER csat_answers_supervision_update AFTER UPDATE ON csat_answers
BEGIN
    INSERT OR IGNORE INTO supervision_stale_hours (hour)
    SELECT h FROM (SELECT CAST(strftime('%s', OLD.answered_at) AS INTEGER) / 3600 AS h) WHERE h IS NOT NULL;
    INSERT OR IGNORE INTO supervision_stale_hours (hour)
    SELECT h FROM (SELECT CAST(strftime('%s', NEW.answered_at) AS INTEGER) / 3600 AS h) WHERE h IS NOT NULL;
END;
CREATE TRIGGER csat_answers_supervision_delete AFTER DELETE ON csat_answers
BEGIN
    INSERT OR IGNORE INTO supervision_stale_hours (hour)
    SELECT h FROM (SELECT CAST(strftime('%s', OLD.answered_at) AS INTEGER) / 3600 AS h) WHERE h IS NOT NULL;
END;

-- The conversations already here: every hour they touch is computed on first use.
INSERT OR IGNORE INTO supervision_stale_hours (hour)
SELECT h FROM (SELECT CAST(strftime('%s', created_at) AS INTEGER) / 3600 AS h FROM conversations
               UNION SELECT CAST(strftime('%s', first_responded_at) AS INTEGER) / 3600 FROM conversations
               UNION SELECT CAST(strftime('%s', resolved_at) AS INTEGER) / 3600 FROM conversations)
WHERE h IS NOT NULL;
