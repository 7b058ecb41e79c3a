-- Version 17: remote mode keeps the server's conversations and messages.
-- A message remembers the command that wrote it, so that the server's copy
-- of the agent's own reply replaces the optimistic one instead of appearing
-- twice. A conversation may belong to a customer this computer has not
-- opened yet: customer_ref keeps the server's customer id (customer_id, with
-- its foreign key, is set once the customer is in the cache).
ALTER TABLE messages ADD COLUMN command_id TEXT;
CREATE UNIQUE INDEX messages_by_command ON messages (command_id) WHERE command_id IS NOT NULL;
ALTER TABLE conversations ADD COLUMN customer_ref INTEGER;
CREATE INDEX conversations_by_customer_ref ON conversations (customer_ref) WHERE customer_ref IS NOT NULL;
