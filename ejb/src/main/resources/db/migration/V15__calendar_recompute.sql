-- A calendar change recomputes the deadlines of every open case as a Jakarta Batch job
-- (deadline-recompute), committing per chunk, never inside the office's request. Each preview and
-- each saved change is one record here, with its progress; the moves it found are kept with it.
CREATE TABLE calendar_recompute (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         INT          NOT NULL,
    calendar_year   INT          NOT NULL,
    csv             TEXT         NOT NULL,
    source          VARCHAR(200),
    preview         BOOLEAN      NOT NULL,
    calendar_number BIGINT,
    requested_by    VARCHAR(40)  NOT NULL,
    requested_at    DATETIME(6)  NOT NULL,
    execution_id    BIGINT,
    open_cases      BIGINT       NOT NULL,
    checked         BIGINT       NOT NULL,
    moves           INT          NOT NULL,
    finished_at     DATETIME(6),
    outcome         VARCHAR(20)
);

-- preview moves have calendar_number 0 (no version was saved) and their recompute's id
ALTER TABLE deadline_move ADD COLUMN recompute_id BIGINT;
CREATE INDEX ix_deadline_move_recompute ON deadline_move (recompute_id);
