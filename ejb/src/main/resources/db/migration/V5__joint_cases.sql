-- 联办件: the parts of a joint case handled in parallel by the co-handling departments.
CREATE TABLE case_joint_part (
    case_id         BIGINT        NOT NULL,
    seq             INT           NOT NULL,
    department_code VARCHAR(12)   NOT NULL,
    department_name VARCHAR(100)  NOT NULL,
    limit_days      INT           NOT NULL,
    assigned_on     DATE          NOT NULL,
    deadline        DATE,
    completed_on    DATE,
    completed_by    VARCHAR(40),
    opinion         VARCHAR(1000),
    PRIMARY KEY (case_id, seq),
    CONSTRAINT fk_case_joint_part_case FOREIGN KEY (case_id) REFERENCES approval_case (id)
);
CREATE INDEX ix_case_joint_part_department ON case_joint_part (department_code, completed_on);
