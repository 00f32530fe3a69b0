-- Disclosure requests (依申请公开): the request, what happened to it that bears on its limits
-- (correction notice, extension; the third parties asked in disclosure_consultation), the
-- deadlines those give on the current calendar, and the reply with its annual-report outcome.
CREATE TABLE disclosure_request (
    id                    BIGINT         NOT NULL PRIMARY KEY,
    version               INT            NOT NULL,
    number                VARCHAR(30)    NOT NULL,
    query_code            VARCHAR(8)     NOT NULL,
    department_id         BIGINT         NOT NULL,
    applicant_type        VARCHAR(20)    NOT NULL,
    applicant_name        VARCHAR(100)   NOT NULL,
    identity_number       VARCHAR(40)    NOT NULL,
    phone                 VARCHAR(20)    NOT NULL,
    address               VARCHAR(200),
    email                 VARCHAR(100),
    description           VARCHAR(2000)  NOT NULL,
    provide_form          VARCHAR(12)    NOT NULL,
    delivery_way          VARCHAR(12)    NOT NULL,
    channel               VARCHAR(20)    NOT NULL,
    submitted_on          DATE           NOT NULL,
    received_on           DATE           NOT NULL,
    received_at           DATETIME(6)    NOT NULL,
    received_by           VARCHAR(40)    NOT NULL,
    status                VARCHAR(20)    NOT NULL,
    correction_issued_on  DATE,
    correction_due_on     DATE,
    correction_content    VARCHAR(1000),
    corrected_on          DATE,
    correction_text       VARCHAR(2000),
    extension_days        INT,
    extension_approver    VARCHAR(60),
    extension_reason      VARCHAR(500),
    extension_granted_on  DATE,
    correction_notice_due DATE           NOT NULL,
    reply_due             DATE,
    due_on                DATE           NOT NULL,
    calendar_version      BIGINT         NOT NULL,
    outcome               VARCHAR(40),
    reply                 VARCHAR(2000),
    reply_delivery        VARCHAR(12),
    replied_on            DATE,
    replied_by            VARCHAR(40),
    CONSTRAINT uk_disclosure_request_number UNIQUE (number),
    CONSTRAINT fk_disclosure_request_department FOREIGN KEY (department_id) REFERENCES department (id)
);
-- the editor's list: open ones by urgency; the annual report: by the day received and replied
CREATE INDEX ix_disclosure_request_due ON disclosure_request (department_id, status, due_on);
CREATE INDEX ix_disclosure_request_received ON disclosure_request (received_on);
CREATE INDEX ix_disclosure_request_replied ON disclosure_request (replied_on);

CREATE TABLE disclosure_consultation (
    request_id  BIGINT        NOT NULL,
    position    INT           NOT NULL,
    party       VARCHAR(100)  NOT NULL,
    asked_on    DATE          NOT NULL,
    answered_on DATE,
    PRIMARY KEY (request_id, position),
    CONSTRAINT fk_disclosure_consultation_request FOREIGN KEY (request_id) REFERENCES disclosure_request (id)
);
