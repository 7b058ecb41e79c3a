-- carddesk-server schema 8 (SQLite): agents' queues and presence, survey
-- answers, and the indexes of the supervision figures. See the PostgreSQL
-- script.
ALTER TABLE agents ADD COLUMN queues TEXT NOT NULL DEFAULT '';
ALTER TABLE agents ADD COLUMN presence TEXT NOT NULL DEFAULT 'offline'
    CHECK (presence IN ('available', 'busy', 'away', 'offline'));
ALTER TABLE agents ADD COLUMN presence_since TEXT;
UPDATE agents SET queues = coalesce((SELECT group_concat(queue, ' ')
                                     FROM (SELECT DISTINCT queue FROM conversations ORDER BY queue)), '');

CREATE TABLE satisfaction_responses (
    id               INTEGER PRIMARY KEY,
    conversation_id  INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    score            INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    answered_at      TEXT NOT NULL
);
CREATE INDEX satisfaction_responses_by_answered ON satisfaction_responses (answered_at);
CREATE INDEX satisfaction_responses_by_conversation ON satisfaction_responses (conversation_id);

CREATE INDEX conversations_by_created ON conversations (created_at, id);
CREATE INDEX conversations_by_first_response ON conversations (first_responded_at)
    WHERE first_responded_at IS NOT NULL;
CREATE INDEX messages_outbound_by_at ON messages (at) WHERE direction = 'outbound';
CREATE INDEX audit_log_by_action_at ON audit_log (action, at);
