-- carddesk-server schema 12 (SQLite): the supervisors' history. See the
-- PostgreSQL script.
DROP INDEX conversations_by_first_response;
CREATE INDEX conversations_by_first_response ON conversations (first_responded_at, id, created_at)
    WHERE first_responded_at IS NOT NULL;
CREATE INDEX conversations_by_resolved ON conversations (resolved_at, id, created_at, first_responded_at)
    WHERE resolved_at IS NOT NULL;
DROP INDEX satisfaction_requests_by_sent;
CREATE INDEX satisfaction_requests_by_sent ON satisfaction_requests (sent_at, id);
DROP INDEX satisfaction_responses_by_answered;
CREATE INDEX satisfaction_responses_by_answered ON satisfaction_responses (answered_at, id);
CREATE INDEX card_events_locks_by_at ON card_events (at, id) WHERE to_state = 'locked';
CREATE INDEX card_orders_replacements_by_requested ON card_orders (requested_at, id) WHERE kind = 'replacement';
CREATE INDEX disputes_by_opened ON disputes (opened_at, id);
