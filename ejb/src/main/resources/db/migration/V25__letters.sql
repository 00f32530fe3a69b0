-- The mailbox (政民互动): letters to the county head's mailbox (mailbox_department_id null) or a
-- department's, with a number and a query code for the writer. What was written never changes;
-- the writer's name, phone and e-mail are personal data and are never published.
CREATE TABLE letter (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    version               INT           NOT NULL,
    number                VARCHAR(30)   NOT NULL,
    query_code            VARCHAR(8)    NOT NULL,
    mailbox_department_id BIGINT,
    category              VARCHAR(16)   NOT NULL,
    subject               VARCHAR(100)  NOT NULL,
    text                  TEXT          NOT NULL,
    writer_name           VARCHAR(60)   NOT NULL,
    writer_phone          VARCHAR(20)   NOT NULL,
    writer_email          VARCHAR(100),
    consent_to_publish    BOOLEAN       NOT NULL,
    received_at           DATETIME(6)   NOT NULL,
    received_on           DATE          NOT NULL,
    status                VARCHAR(16)   NOT NULL,
    CONSTRAINT uk_letter_number UNIQUE (number),
    CONSTRAINT fk_letter_mailbox FOREIGN KEY (mailbox_department_id) REFERENCES department (id)
);
CREATE INDEX ix_letter_status ON letter (status, received_on);
CREATE INDEX ix_letter_mailbox ON letter (mailbox_department_id, received_on);
