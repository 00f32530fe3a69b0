-- The mailbox (政民互动): letters to the county head's mailbox (mailbox_department_id null) or a
-- department's, with a number and a query code for the writer. What was written never changes;
-- the writer's name, phone and e-mail are personal data and are never published.
-- Handling: the office routes a letter to a department or keeps it (handled_by_office; a 举报
-- always stays with the office); the handler answers by answer_due, counted from receipt on the
-- calendar by the category's limit, with at most one transfer and one extension, each with its reason.
CREATE TABLE letter (
    id                             BIGINT        NOT NULL PRIMARY KEY,
    version                        INT           NOT NULL,
    number                         VARCHAR(30)   NOT NULL,
    query_code                     VARCHAR(8)    NOT NULL,
    mailbox_department_id          BIGINT,
    category                       VARCHAR(16)   NOT NULL,
    subject                        VARCHAR(100)  NOT NULL,
    text                           TEXT          NOT NULL,
    writer_name                    VARCHAR(60)   NOT NULL,
    writer_phone                   VARCHAR(20)   NOT NULL,
    writer_email                   VARCHAR(100),
    consent_to_publish             BOOLEAN       NOT NULL,
    received_at                    DATETIME(6)   NOT NULL,
    received_on                    DATE          NOT NULL,
    status                         VARCHAR(16)   NOT NULL,
    answer_due                     DATE          NOT NULL,
    calendar_version               BIGINT        NOT NULL,
    handler_department_id          BIGINT,
    handled_by_office              BOOLEAN       NOT NULL,
    routed_on                      DATE,
    routed_by                      VARCHAR(40),
    transferred_from_department_id BIGINT,
    transfer_reason                VARCHAR(500),
    transferred_on                 DATE,
    transferred_by                 VARCHAR(40),
    extension_days                 INT,
    extension_reason               VARCHAR(500),
    extended_on                    DATE,
    extended_by                    VARCHAR(40),
    answer                         TEXT,
    answered_on                    DATE,
    answered_by                    VARCHAR(40),
    complaint_id                   BIGINT,
    published_question             TEXT,
    published_answer               TEXT,
    published_on                   DATE,
    published_by                   VARCHAR(40),
    faq                            BOOLEAN       NOT NULL,
    faq_matter_code                VARCHAR(40),
    CONSTRAINT uk_letter_number UNIQUE (number),
    CONSTRAINT fk_letter_mailbox FOREIGN KEY (mailbox_department_id) REFERENCES department (id),
    CONSTRAINT fk_letter_handler FOREIGN KEY (handler_department_id) REFERENCES department (id),
    CONSTRAINT fk_letter_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
CREATE INDEX ix_letter_status ON letter (status, received_on);
CREATE INDEX ix_letter_mailbox ON letter (mailbox_department_id, received_on);
CREATE INDEX ix_letter_handler ON letter (handler_department_id, status);
-- the published answers, newest first (the public list and its search)
CREATE INDEX ix_letter_published ON letter (published_on);

-- A 投诉 about a case or a department is handled as a complaint of the supervision workflow: the
-- letter names the complaint it opened (complaint_id), the complaint the letter it came as.
ALTER TABLE complaint ADD COLUMN letter_number VARCHAR(30);

-- The supervision settings: the letters' answer limits per category (working days from receipt,
-- **default** 咨询 5, 建议 15, 投诉/举报 15, 其他 15) and the length of the one extension (10).
ALTER TABLE supervision_settings ADD COLUMN letter_consultation_days INT NOT NULL DEFAULT 5;
ALTER TABLE supervision_settings ADD COLUMN letter_suggestion_days INT NOT NULL DEFAULT 15;
ALTER TABLE supervision_settings ADD COLUMN letter_complaint_days INT NOT NULL DEFAULT 15;
ALTER TABLE supervision_settings ADD COLUMN letter_other_days INT NOT NULL DEFAULT 15;
ALTER TABLE supervision_settings ADD COLUMN letter_extension_days INT NOT NULL DEFAULT 10;
