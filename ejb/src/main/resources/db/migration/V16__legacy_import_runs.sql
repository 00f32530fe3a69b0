-- A legacy import is a Jakarta Batch job (legacy-import): the office's upload is kept here, the job
-- replays it line by line (each line in its own transaction, as before), and counts its progress.
CREATE TABLE legacy_import (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      INT          NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content      LONGTEXT     NOT NULL,
    total_lines  INT          NOT NULL,
    requested_by VARCHAR(40)  NOT NULL,
    requested_at DATETIME(6)  NOT NULL,
    execution_id BIGINT,
    processed    INT          NOT NULL,
    imported     INT          NOT NULL,
    duplicates   INT          NOT NULL,
    failed       INT          NOT NULL,
    finished_at  DATETIME(6),
    outcome      VARCHAR(20)
);

CREATE TABLE legacy_import_error (
    import_id BIGINT        NOT NULL,
    line_no   INT           NOT NULL,
    message   VARCHAR(1000) NOT NULL,
    PRIMARY KEY (import_id, line_no),
    CONSTRAINT fk_legacy_import_error_import FOREIGN KEY (import_id) REFERENCES legacy_import (id)
);
