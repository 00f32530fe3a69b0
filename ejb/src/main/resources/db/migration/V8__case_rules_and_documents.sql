-- Case handling as one state machine with its parts, and documents as records.

-- The reception step (受理环节) is a property of the step, not of its name. Existing steps: the
-- first step whose name says 受理 is the reception step (the rule the code applied until now).
ALTER TABLE matter_step ADD COLUMN step_kind VARCHAR(12) DEFAULT 'HANDLING' NOT NULL;
UPDATE matter_step SET step_kind = 'RECEPTION' WHERE seq = 0 AND name LIKE '%受理%';
ALTER TABLE case_step ADD COLUMN step_kind VARCHAR(12) DEFAULT 'HANDLING' NOT NULL;
UPDATE case_step SET step_kind = 'RECEPTION' WHERE seq = 0 AND name LIKE '%受理%';

-- The fee bill's total and the open joint parts, kept by the case (lists read them without the lines).
ALTER TABLE approval_case ADD COLUMN fee_total DECIMAL(12, 2) DEFAULT 0 NOT NULL;
UPDATE approval_case SET fee_total = COALESCE((SELECT SUM(f.charged_amount) FROM case_fee f
                                              WHERE f.case_id = approval_case.id), 0)
 WHERE EXISTS (SELECT 1 FROM case_fee f WHERE f.case_id = approval_case.id);
ALTER TABLE approval_case ADD COLUMN open_joint_parts INT DEFAULT 0 NOT NULL;
UPDATE approval_case SET open_joint_parts = (SELECT COUNT(*) FROM case_joint_part p
                                             WHERE p.case_id = approval_case.id AND p.completed_on IS NULL)
 WHERE EXISTS (SELECT 1 FROM case_joint_part p WHERE p.case_id = approval_case.id);

-- A case worker asks for the extension; the department's approver grants it.
ALTER TABLE approval_case ADD COLUMN extension_requested_days INT;
ALTER TABLE approval_case ADD COLUMN extension_requested_reason VARCHAR(500);
ALTER TABLE approval_case ADD COLUMN extension_requested_by VARCHAR(40);
ALTER TABLE approval_case ADD COLUMN extension_requested_on DATE;

-- To-do lists: the cases a user holds, and those waiting for the department's approver
-- (a decision, or an extension request).
ALTER TABLE approval_case ADD COLUMN awaiting_approver BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX ix_case_handler ON approval_case (handler, status);
CREATE INDEX ix_case_awaiting_approver ON approval_case (department_id, awaiting_approver, status);

-- 机关简称: heads the department's document numbers (阳市监许受字〔2026〕第12号).
ALTER TABLE department ADD COLUMN short_name VARCHAR(12);

-- Documents issued to the applicant: numbered per department, kind and year; frozen as rendered,
-- with the SHA-256 of their content; never updated.
CREATE TABLE case_document (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       INT           NOT NULL,
    case_id       BIGINT        NOT NULL,
    department_id BIGINT        NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    doc_year      INT           NOT NULL,
    seq           INT           NOT NULL,
    doc_number    VARCHAR(60)   NOT NULL,
    title         VARCHAR(40)   NOT NULL,
    issued_on     DATE          NOT NULL,
    issued_at     DATETIME(6)   NOT NULL,
    issued_by     VARCHAR(40)   NOT NULL,
    issuer        VARCHAR(100)  NOT NULL,
    addressee     VARCHAR(200)  NOT NULL,
    body          TEXT          NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    CONSTRAINT uk_case_document_number UNIQUE (department_id, kind, doc_year, seq),
    CONSTRAINT fk_case_document_case FOREIGN KEY (case_id) REFERENCES approval_case (id)
);
CREATE INDEX ix_case_document_case ON case_document (case_id, issued_at);
