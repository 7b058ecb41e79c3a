-- carddesk-server schema 7 (PostgreSQL): who changed a customer's details
-- last (customer.contact.update), for the 412 answer to an agent who edited
-- an older version (changedBy, changedAt = updated_at). NULL: nobody since
-- the import.
ALTER TABLE customers ADD COLUMN updated_by text;
