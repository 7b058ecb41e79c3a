-- carddesk-server schema 7 (SQLite): who changed a customer's details last.
-- See the PostgreSQL script.
ALTER TABLE customers ADD COLUMN updated_by TEXT;
