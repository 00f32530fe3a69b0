-- Electronic supervision (电子监察): versioned rules, findings (warnings, yellow and red cards)
-- with their correction workflow, complaints, the nightly evaluation's runs, and the case
-- columns that evaluation reads in one pass over approval_case.

-- What the nightly evaluation needs of a case, kept by the case itself on every action and
-- calendar change (never computed at night): the active step and its deadline, the open special
-- procedure and its planned end, the current handler; the working days used once decided; and
-- the case's supervision status (0 none, 1 warning, 2 yellow card, 3 red card).
ALTER TABLE approval_case ADD COLUMN handler VARCHAR(40);
ALTER TABLE approval_case ADD COLUMN step_name VARCHAR(60);
ALTER TABLE approval_case ADD COLUMN step_deadline DATE;
ALTER TABLE approval_case ADD COLUMN stop_type VARCHAR(20);
ALTER TABLE approval_case ADD COLUMN stop_started_on DATE;
ALTER TABLE approval_case ADD COLUMN stop_planned_end DATE;
ALTER TABLE approval_case ADD COLUMN working_days_used INT;
ALTER TABLE approval_case ADD COLUMN supervision_level SMALLINT DEFAULT 0 NOT NULL;
ALTER TABLE case_stop ADD COLUMN planned_end DATE;

UPDATE case_stop SET planned_end = TIMESTAMPADD(DAY, expected_days, started_on);
UPDATE approval_case SET
    stop_planned_end = (SELECT MAX(s.planned_end) FROM case_stop s WHERE s.case_id = approval_case.id AND s.ended_on IS NULL),
    stop_started_on = (SELECT MAX(s.started_on) FROM case_stop s WHERE s.case_id = approval_case.id AND s.ended_on IS NULL),
    stop_type = (SELECT MAX(s.procedure_type) FROM case_stop s WHERE s.case_id = approval_case.id AND s.ended_on IS NULL),
    step_deadline = (SELECT MAX(s.deadline) FROM case_step s WHERE s.case_id = approval_case.id
                     AND s.started_on IS NOT NULL AND s.completed_on IS NULL),
    step_name = (SELECT MAX(s.name) FROM case_step s WHERE s.case_id = approval_case.id
                 AND s.started_on IS NOT NULL AND s.completed_on IS NULL),
    handler = COALESCE((SELECT MAX(s.assignee) FROM case_step s WHERE s.case_id = approval_case.id
                        AND s.started_on IS NOT NULL AND s.completed_on IS NULL), received_by);

-- The supervision workspace counts open cases by supervision status; drill-downs and scores
-- count cases by the day they came in and the day they were concluded.
CREATE INDEX ix_case_status_level ON approval_case (status, supervision_level);
CREATE INDEX ix_case_received_on ON approval_case (received_on, department_id);
CREATE INDEX ix_case_delivered_on ON approval_case (delivered_on, department_id);

-- Rules are data. Each edit is a new revision; findings keep the revision they were issued under.
CREATE TABLE supervision_rule (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      INT           NOT NULL,
    code         VARCHAR(40)   NOT NULL,
    revision     INT           NOT NULL,
    name         VARCHAR(100)  NOT NULL,
    rule_trigger VARCHAR(40)   NOT NULL,
    level        VARCHAR(8)    NOT NULL,
    threshold    INT           NOT NULL,
    enabled      BOOLEAN       NOT NULL,
    in_force     BOOLEAN       NOT NULL,
    note         VARCHAR(500),
    created_by   VARCHAR(40)   NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    CONSTRAINT uk_supervision_rule_revision UNIQUE (code, revision)
);
CREATE INDEX ix_supervision_rule_in_force ON supervision_rule (in_force, code);

-- One row of local policy (defaults marked **default** in the domain notes).
CREATE TABLE supervision_settings (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    version               INT          NOT NULL,
    answer_days           INT          NOT NULL,
    complaint_accept_days INT          NOT NULL,
    complaint_reply_days  INT          NOT NULL,
    yellow_points         INT          NOT NULL,
    red_points            INT          NOT NULL,
    grade_excellent       INT          NOT NULL,
    grade_good            INT          NOT NULL,
    grade_pass            INT          NOT NULL,
    evaluation_time       VARCHAR(8)   NOT NULL,
    updated_by            VARCHAR(40)  NOT NULL,
    updated_at            DATETIME(6)  NOT NULL
);
INSERT INTO supervision_settings VALUES (1, 0, 5, 5, 15, 2, 5, 90, 80, 60, '01:00', 'system', CURRENT_TIMESTAMP);

-- A finding: one rule broken by one subject (a case, a department in a month, an unanswered card,
-- a complaint) at one deadline. The unique key makes every evaluation idempotent; rows are never
-- deleted (a revoked finding stays with who revoked it and why). Ids are AUTO_INCREMENT because
-- the nightly job inserts findings set-based (INSERT ... SELECT).
CREATE TABLE finding (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          INT           NOT NULL,
    subject_type     VARCHAR(12)   NOT NULL,
    subject_id       BIGINT        NOT NULL,
    case_id          BIGINT,
    receipt_number   VARCHAR(30),
    department_id    BIGINT        NOT NULL,
    handler          VARCHAR(40),
    rule_id          BIGINT        NOT NULL,
    rule_code        VARCHAR(40)   NOT NULL,
    rule_version     INT           NOT NULL,
    level            VARCHAR(8)    NOT NULL,
    key_date         DATE          NOT NULL,
    start_date       DATE,
    as_of            DATE          NOT NULL,
    calendar_version BIGINT,
    days_over        INT,
    detail           VARCHAR(500),
    issued_at        DATETIME(6)   NOT NULL,
    issued_by        VARCHAR(40)   NOT NULL,
    run_id           BIGINT,
    status           VARCHAR(12)   NOT NULL,
    answer_due       DATE,
    answer           VARCHAR(1000),
    rectification    VARCHAR(1000),
    answered_by      VARCHAR(40),
    answered_at      DATETIME(6),
    appeal           VARCHAR(1000),
    appeal_file_id   BIGINT,
    appealed_by      VARCHAR(40),
    appealed_at      DATETIME(6),
    appeal_ruling    VARCHAR(500),
    resolved_by      VARCHAR(40),
    resolved_at      DATETIME(6),
    resolution       VARCHAR(500),
    CONSTRAINT uk_finding_key UNIQUE (subject_type, subject_id, rule_code, level, key_date),
    CONSTRAINT fk_finding_case FOREIGN KEY (case_id) REFERENCES approval_case (id),
    CONSTRAINT fk_finding_department FOREIGN KEY (department_id) REFERENCES department (id)
);
-- A case's findings; a run's new findings by case (the cases' supervision status after each range);
-- the lists and the workspace by level, department and status; a department's own, newest first;
-- the cards awaiting an answer by their due date.
CREATE INDEX ix_finding_case ON finding (case_id);
CREATE INDEX ix_finding_run ON finding (run_id, case_id, level);
CREATE INDEX ix_finding_queue ON finding (level, department_id, status);
CREATE INDEX ix_finding_department ON finding (department_id);
CREATE INDEX ix_finding_due ON finding (status, answer_due, department_id);

-- Per evaluation date: each day's signed distance to that date in working days (positive: the
-- day lies before it) and in natural days. The set-based evaluation joins it for "days over".
CREATE TABLE evaluation_day (
    as_of        DATE NOT NULL,
    on_day       DATE NOT NULL,
    working_days INT  NOT NULL,
    natural_days INT  NOT NULL,
    PRIMARY KEY (as_of, on_day)
);

-- Each run of the nightly evaluation, with its progress (committed with each chunk) and the
-- lease that lets only one run per date go at a time, across every node: running_as_of is set
-- while the run holds the date and cleared when it ends (NULLs do not collide in a unique index).
CREATE TABLE evaluation_run (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    as_of              DATE          NOT NULL,
    running_as_of      DATE,
    started_how        VARCHAR(10)   NOT NULL,
    started_by         VARCHAR(40)   NOT NULL,
    started_at         DATETIME(6)   NOT NULL,
    execution_id       BIGINT,
    holder             VARCHAR(120),
    heartbeat_at       DATETIME(6),
    finished_at        DATETIME(6),
    status             VARCHAR(12)   NOT NULL,
    calendar_version   BIGINT,
    rule_ids           VARCHAR(1000),
    id_from            BIGINT,
    id_to              BIGINT,
    range_size         INT           NOT NULL,
    partitions         INT           NOT NULL,
    partitions_done    INT           NOT NULL,
    ranges_total       INT           NOT NULL,
    ranges_done        INT           NOT NULL,
    cases_evaluated    BIGINT        NOT NULL,
    findings_issued    BIGINT        NOT NULL,
    open_by_level      VARCHAR(100),
    CONSTRAINT uk_evaluation_run_running UNIQUE (running_as_of)
);
CREATE INDEX ix_evaluation_run_as_of ON evaluation_run (as_of, started_how);

-- Complaints (投诉) from the public, linked to a case or a department.
CREATE TABLE complaint (
    id                  BIGINT         NOT NULL PRIMARY KEY,
    version             INT            NOT NULL,
    number              VARCHAR(30)    NOT NULL,
    query_code          VARCHAR(8)     NOT NULL,
    channel             VARCHAR(10)    NOT NULL,
    complainant_name    VARCHAR(60)    NOT NULL,
    complainant_phone   VARCHAR(20)    NOT NULL,
    case_id             BIGINT,
    receipt_number      VARCHAR(30),
    department_id       BIGINT         NOT NULL,
    content             VARCHAR(2000)  NOT NULL,
    received_at         DATETIME(6)    NOT NULL,
    received_on         DATE           NOT NULL,
    received_by         VARCHAR(40)    NOT NULL,
    accept_due          DATE           NOT NULL,
    status              VARCHAR(16)    NOT NULL,
    accepted_on         DATE,
    accepted_by         VARCHAR(40),
    not_accepted_reason VARCHAR(500),
    reply_due           DATE,
    replied_on          DATE,
    replied_by          VARCHAR(40),
    reply               VARCHAR(2000),
    outcome             VARCHAR(16),
    finding_id          BIGINT,
    CONSTRAINT uk_complaint_number UNIQUE (number),
    CONSTRAINT fk_complaint_case FOREIGN KEY (case_id) REFERENCES approval_case (id),
    CONSTRAINT fk_complaint_department FOREIGN KEY (department_id) REFERENCES department (id)
);
CREATE INDEX ix_complaint_status ON complaint (status, received_on);
CREATE INDEX ix_complaint_department ON complaint (department_id, received_on);
