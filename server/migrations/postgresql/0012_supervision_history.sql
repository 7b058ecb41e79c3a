-- carddesk-server schema 12 (PostgreSQL): the supervisors' history
-- (GET /v1/supervision/history, SupervisionHistoryStore). Each part of a history
-- is a keyset walk of one of these indexes in (time, id) order, from the
-- start of the period, stopped at the page; the columns after the key are
-- the period's other bounds, checked in the index:
--  * conversations that came in during the period: conversations_by_created
--    (created_at, id), as it is;
--  * that came in before it and had their first answer at or after its
--    start: conversations_by_first_response, now (first_responded_at, id,
--    created_at) (the figures' "first responses of today" read it as before);
--  * that came in and were answered before it and were resolved at or after
--    its start: conversations_by_resolved (resolved_at, id, created_at,
--    first_responded_at);
--  * surveys by sent_at, answers by answered_at: (time, id);
--  * card outcomes as the console's own figures read them
--    (resources/migrations/0018_supervision.sql), with the id: a card locked
--    (card_events to 'locked'), a replacement ordered (card_orders of kind
--    'replacement'), a dispute opened. Partial: a few among the card events
--    and orders.
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
