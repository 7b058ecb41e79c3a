-- carddesk-server schema 2 (PostgreSQL): idempotency keys, the change feed, the audit log.
--
-- idempotency_keys: the first answer to each command (Idempotency-Key = the
-- command's UUID), written in the same transaction as the command's effect,
-- so an effect never exists without its answer. fingerprint is the SHA-256
-- of method, path and body: the same key with another request is refused.
CREATE TABLE idempotency_keys (
    key               uuid PRIMARY KEY,
    agent_id          bigint NOT NULL REFERENCES agents (id),
    fingerprint       text NOT NULL CHECK (length(fingerprint) = 64),
    status            integer NOT NULL CHECK (status BETWEEN 200 AND 599),
    response_body     text NOT NULL,
    content_type      text NOT NULL,
    response_headers  text NOT NULL DEFAULT '{}',   -- JSON object: ETag, Location
    created_at        timestamptz NOT NULL
);
CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_at);

-- The change feed: one row per effect, in the effect's transaction. Writers
-- take the feed lock (pg_advisory_xact_lock) before inserting, so sequence
-- numbers become visible in order and a reader never skips one.
CREATE TABLE changes (
    seq        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entity     text NOT NULL,
    entity_id  bigint NOT NULL,
    op         text NOT NULL CHECK (op IN ('upsert', 'delete')),
    version    integer,
    data       jsonb,
    at         timestamptz NOT NULL
);

-- The audit log, chained by SHA-256 (app/domain/auditchain.h). details is
-- the JSON text exactly as hashed. customer_id and card_id are derived,
-- outside the hash, for the filters.
CREATE TABLE audit_log (
    seq          bigint PRIMARY KEY CHECK (seq > 0),
    command_id   uuid,
    at           timestamptz NOT NULL,
    agent        text NOT NULL,
    action       text NOT NULL,
    subject      text NOT NULL,
    details      text NOT NULL,
    prev_hash    text NOT NULL CHECK (length(prev_hash) = 64),
    hash         text NOT NULL UNIQUE CHECK (length(hash) = 64),
    customer_id  bigint,
    card_id      bigint
);
CREATE INDEX audit_log_by_agent ON audit_log (agent, seq);
CREATE INDEX audit_log_by_action ON audit_log (action, seq);
CREATE INDEX audit_log_by_at ON audit_log (at, seq);
CREATE INDEX audit_log_by_customer ON audit_log (customer_id, seq) WHERE customer_id IS NOT NULL;
CREATE INDEX audit_log_by_card ON audit_log (card_id, seq) WHERE card_id IS NOT NULL;

-- Append-only: the database itself refuses edits, deletions and TRUNCATE.
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
