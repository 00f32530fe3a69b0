-- 好差评 (国办发〔2019〕51号; GB/T 39734/39735): one rating per subject (a case), service event and
-- round. The unique key is the rule "once per case and event" itself: a second rating, even one sent
-- at the same moment as the first, is refused by the database. Ratings are never updated.
CREATE TABLE rating (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         INT           NOT NULL,
    subject_type    VARCHAR(20)   NOT NULL,
    subject_id      BIGINT        NOT NULL,
    subject_number  VARCHAR(30)   NOT NULL,
    department_id   BIGINT        NOT NULL,
    matter_id       BIGINT,
    rated_event     VARCHAR(12)   NOT NULL,
    round_no        INT           NOT NULL,
    rating_level    VARCHAR(20)   NOT NULL,
    reasons         VARCHAR(250),
    rating_text     VARCHAR(500),
    channel         VARCHAR(10)   NOT NULL,
    contact_name    VARCHAR(100),
    contact_phone   VARCHAR(20),
    recorded_by     VARCHAR(40),
    rated_at        DATETIME(6)   NOT NULL,
    rated_on        DATE          NOT NULL,
    CONSTRAINT uk_rating_once UNIQUE (subject_type, subject_id, rated_event, round_no),
    CONSTRAINT fk_rating_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_rating_matter FOREIGN KEY (matter_id) REFERENCES matter (id)
);
-- the public results per department and matter, by month
CREATE INDEX ix_rating_department ON rating (department_id, rated_on);
CREATE INDEX ix_rating_matter ON rating (matter_id, rated_on);
