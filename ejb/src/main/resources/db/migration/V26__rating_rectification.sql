-- 好差评: a bad rating (不满意, 非常不满意) opens a rectification (国办发〔2019〕51号: 差评 … 回访核实 …
-- 整改 … 反馈). One per rating. The supervision office verifies it (confirmed, or unfounded: 恶意差评,
-- left out of every statistic, with who decided it and why in verified_by and visit_note); the
-- department reports by the due day, working days from the confirmation.
CREATE TABLE rating_rectification (
    id              BIGINT         NOT NULL PRIMARY KEY,
    version         INT            NOT NULL,
    rating_id       BIGINT         NOT NULL,
    department_id   BIGINT         NOT NULL,
    status          VARCHAR(12)    NOT NULL,
    opened_on       DATE           NOT NULL,
    verified_by     VARCHAR(40),
    verified_on     DATE,
    visit_note      VARCHAR(500),
    due             DATE,
    reported_by     VARCHAR(40),
    reported_on     DATE,
    report          VARCHAR(1000),
    CONSTRAINT uk_rectification_rating UNIQUE (rating_id),
    CONSTRAINT fk_rectification_rating FOREIGN KEY (rating_id) REFERENCES rating (id),
    CONSTRAINT fk_rectification_department FOREIGN KEY (department_id) REFERENCES department (id)
);
CREATE INDEX ix_rectification_department ON rating_rectification (department_id, status);
CREATE INDEX ix_rectification_status ON rating_rectification (status, due);

-- the department's limit for reporting its rectification, in working days (default 15)
ALTER TABLE supervision_settings ADD COLUMN rectification_days INT NOT NULL DEFAULT 15;
-- the weight (percent) of the month's share satisfied in a department's score; 0 leaves the score as it was
ALTER TABLE supervision_settings ADD COLUMN rating_weight INT NOT NULL DEFAULT 0;
