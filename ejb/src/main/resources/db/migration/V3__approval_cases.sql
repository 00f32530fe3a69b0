-- Time-limited approval cases (办件), their checklist, steps, special procedures, fee bill,
-- recorded violations and the immutable timeline; receipt-number sequences.

CREATE TABLE approval_case (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    version                 INT           NOT NULL,
    receipt_number          VARCHAR(30)   NOT NULL,
    query_code              VARCHAR(8)    NOT NULL,
    matter_id               BIGINT        NOT NULL,
    matter_version_id       BIGINT        NOT NULL,
    department_id           BIGINT        NOT NULL,
    matter_name             VARCHAR(200)  NOT NULL,
    handling_kind           VARCHAR(12)   NOT NULL,
    channel                 VARCHAR(10)   NOT NULL,
    applicant_name          VARCHAR(100)  NOT NULL,
    applicant_id_number     VARCHAR(18)   NOT NULL,
    applicant_phone         VARCHAR(20)   NOT NULL,
    applicant_address       VARCHAR(200),
    agent_name              VARCHAR(60),
    status                  VARCHAR(20)   NOT NULL,
    received_at             DATETIME(6)   NOT NULL,
    received_on             DATE          NOT NULL,
    received_by             VARCHAR(40)   NOT NULL,
    correction_notices      INT           NOT NULL,
    correction_requested_on DATE,
    missing_materials       VARCHAR(2000),
    supplemented_on         DATE,
    accepted_on             DATE,
    refused_on              DATE,
    refusal_reason          VARCHAR(1000),
    statutory_value         INT           NOT NULL,
    statutory_unit          VARCHAR(16)   NOT NULL,
    promised_value          INT           NOT NULL,
    promised_unit           VARCHAR(16)   NOT NULL,
    extension_days          INT           NOT NULL,
    extension_reason        VARCHAR(500),
    extension_approver      VARCHAR(40),
    extended_on             DATE,
    correction_deadline     DATE          NOT NULL,
    promised_deadline       DATE,
    statutory_deadline      DATE,
    delivery_deadline       DATE,
    calendar_version        BIGINT        NOT NULL,
    deadline_warning        VARCHAR(200),
    reported_on             DATE,
    upper_reply             VARCHAR(1000),
    upper_replied_on        DATE,
    decision                VARCHAR(10),
    decision_reason         VARCHAR(1000),
    decided_on              DATE,
    decided_by              VARCHAR(40),
    delivery_method         VARCHAR(15),
    tracking_number         VARCHAR(40),
    delivered_on            DATE,
    CONSTRAINT uk_approval_case_receipt UNIQUE (receipt_number),
    CONSTRAINT fk_case_matter FOREIGN KEY (matter_id) REFERENCES matter (id),
    CONSTRAINT fk_case_matter_version FOREIGN KEY (matter_version_id) REFERENCES matter_version (id),
    CONSTRAINT fk_case_department FOREIGN KEY (department_id) REFERENCES department (id)
);
-- The workbench: a department's open cases by promised deadline.
CREATE INDEX ix_case_department_status ON approval_case (department_id, status, promised_deadline);
CREATE INDEX ix_case_status_deadline ON approval_case (status, promised_deadline);

CREATE TABLE case_material (
    case_id   BIGINT       NOT NULL,
    seq       INT          NOT NULL,
    name      VARCHAR(200) NOT NULL,
    mandatory BOOLEAN      NOT NULL,
    received  BOOLEAN      NOT NULL,
    file_id   BIGINT,
    PRIMARY KEY (case_id, seq),
    CONSTRAINT fk_case_material_case FOREIGN KEY (case_id) REFERENCES approval_case (id)
);

CREATE TABLE case_step (
    case_id      BIGINT        NOT NULL,
    seq          INT           NOT NULL,
    name         VARCHAR(60)   NOT NULL,
    office       VARCHAR(100),
    limit_days   INT           NOT NULL,
    assignee     VARCHAR(40),
    started_on   DATE,
    deadline     DATE,
    completed_on DATE,
    completed_by VARCHAR(40),
    opinion      VARCHAR(1000),
    PRIMARY KEY (case_id, seq),
    CONSTRAINT fk_case_step_case FOREIGN KEY (case_id) REFERENCES approval_case (id)
);

CREATE TABLE case_stop (
    case_id        BIGINT       NOT NULL,
    seq            INT          NOT NULL,
    procedure_type VARCHAR(20)  NOT NULL,
    reason         VARCHAR(500) NOT NULL,
    expected_days  INT          NOT NULL,
    started_on     DATE         NOT NULL,
    ended_on       DATE,
    result         VARCHAR(500),
    PRIMARY KEY (case_id, seq),
    CONSTRAINT fk_case_stop_case FOREIGN KEY (case_id) REFERENCES approval_case (id)
);

CREATE TABLE case_fee (
    case_id         BIGINT         NOT NULL,
    seq             INT            NOT NULL,
    name            VARCHAR(200)   NOT NULL,
    standard_amount DECIMAL(12, 2) NOT NULL,
    charged_amount  DECIMAL(12, 2) NOT NULL,
    override_reason VARCHAR(500),
    PRIMARY KEY (case_id, seq),
    CONSTRAINT fk_case_fee_case FOREIGN KEY (case_id) REFERENCES approval_case (id)
);

CREATE TABLE case_violation (
    case_id     BIGINT       NOT NULL,
    seq         INT          NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    occurred_on DATE         NOT NULL,
    description VARCHAR(500) NOT NULL,
    PRIMARY KEY (case_id, seq),
    CONSTRAINT fk_case_violation_case FOREIGN KEY (case_id) REFERENCES approval_case (id)
);

CREATE TABLE case_event (
    id          BIGINT        NOT NULL PRIMARY KEY,
    case_id     BIGINT        NOT NULL,
    occurred_at DATETIME(6)   NOT NULL,
    actor       VARCHAR(40)   NOT NULL,
    action      VARCHAR(30)   NOT NULL,
    comment     VARCHAR(2000),
    public_note VARCHAR(500),
    file_id     BIGINT,
    CONSTRAINT fk_case_event_case FOREIGN KEY (case_id) REFERENCES approval_case (id)
);
CREATE INDEX ix_case_event_case ON case_event (case_id, occurred_at);

CREATE TABLE receipt_sequence (
    prefix     VARCHAR(20) NOT NULL PRIMARY KEY,
    last_value INT         NOT NULL
);
