-- DeadlineMove is an entity like any other: it carries the optimistic-lock column.
ALTER TABLE deadline_move ADD COLUMN version INT DEFAULT 0 NOT NULL;
