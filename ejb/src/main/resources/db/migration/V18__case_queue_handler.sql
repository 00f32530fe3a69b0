-- The to-do list ("my cases") reads the same queue: who holds the case on its own department's entry.
-- (Ordered by the stored urgency from an index, instead of sorting every case the clerk ever held.)
ALTER TABLE case_queue ADD COLUMN handler VARCHAR(40);
UPDATE case_queue SET handler = (SELECT c.handler FROM approval_case c WHERE c.id = case_queue.case_id)
WHERE lead_department = TRUE;
CREATE INDEX ix_case_queue_handler ON case_queue (handler, open_case, due, received_at);
