-- The audit trail as a hash chain: each sealed entry carries the hash of the one before it, so an
-- entry edited or deleted in the database breaks the chain at that point. audit_chain holds the
-- head; sealing locks it, so two nodes never extend the chain at once.
ALTER TABLE audit_entry ADD COLUMN seq BIGINT;
ALTER TABLE audit_entry ADD COLUMN prev_hash CHAR(64);
ALTER TABLE audit_entry ADD COLUMN entry_hash CHAR(64);
CREATE UNIQUE INDEX ux_audit_entry_seq ON audit_entry (seq);

CREATE TABLE audit_chain (
    id        INT      NOT NULL PRIMARY KEY,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL
);
INSERT INTO audit_chain (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
