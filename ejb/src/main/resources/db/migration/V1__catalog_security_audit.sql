-- Yangguang schema, version 1: departments, users, audit trail, files, catalog of matters.
-- Portable between MySQL/MariaDB and H2 (MODE=MySQL): no vendor-only syntax.

CREATE TABLE id_generator (
    gen_name  VARCHAR(64) NOT NULL PRIMARY KEY,
    gen_value BIGINT      NOT NULL
);

CREATE TABLE department (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      INT          NOT NULL,
    code         VARCHAR(12)  NOT NULL,
    name         VARCHAR(100) NOT NULL,
    address      VARCHAR(200),
    phone        VARCHAR(40),
    office_hours VARCHAR(200),
    CONSTRAINT uk_department_code UNIQUE (code)
);

CREATE TABLE user_account (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         INT          NOT NULL,
    username        VARCHAR(40)  NOT NULL,
    display_name    VARCHAR(60)  NOT NULL,
    password_hash   VARCHAR(255) NOT NULL,
    department_id   BIGINT,
    enabled         BOOLEAN      NOT NULL,
    failed_attempts INT          NOT NULL,
    locked_until    DATETIME(6),
    last_login_at   DATETIME(6),
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uk_user_account_username UNIQUE (username),
    CONSTRAINT fk_user_account_department FOREIGN KEY (department_id) REFERENCES department (id)
);

CREATE TABLE user_role (
    user_id   BIGINT      NOT NULL,
    role_name VARCHAR(30) NOT NULL,
    PRIMARY KEY (user_id, role_name),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);

CREATE TABLE audit_entry (
    id             BIGINT        NOT NULL PRIMARY KEY,
    occurred_at    DATETIME(6)   NOT NULL,
    actor          VARCHAR(40)   NOT NULL,
    action         VARCHAR(40)   NOT NULL,
    subject_type   VARCHAR(40)   NOT NULL,
    subject_key    VARCHAR(80)   NOT NULL,
    before_summary TEXT,
    after_summary  TEXT
);
CREATE INDEX ix_audit_entry_occurred ON audit_entry (occurred_at);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor, occurred_at);
CREATE INDEX ix_audit_entry_subject ON audit_entry (subject_type, subject_key);

CREATE TABLE stored_file (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      INT          NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    content      LONGBLOB     NOT NULL,
    uploaded_by  VARCHAR(40)  NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    public_file  BOOLEAN      NOT NULL
);

CREATE TABLE matter (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    version             INT          NOT NULL,
    implementation_code VARCHAR(40)  NOT NULL,
    base_code           VARCHAR(12)  NOT NULL,
    name                VARCHAR(200) NOT NULL,
    matter_type         VARCHAR(40)  NOT NULL,
    matter_level        VARCHAR(10)  NOT NULL,
    parent_id           BIGINT,
    department_id       BIGINT       NOT NULL,
    current_version_id  BIGINT,
    CONSTRAINT uk_matter_implementation_code UNIQUE (implementation_code),
    CONSTRAINT fk_matter_parent FOREIGN KEY (parent_id) REFERENCES matter (id),
    CONSTRAINT fk_matter_department FOREIGN KEY (department_id) REFERENCES department (id)
);
CREATE INDEX ix_matter_department ON matter (department_id, implementation_code);
CREATE INDEX ix_matter_type ON matter (matter_type);
CREATE INDEX ix_matter_name ON matter (name);

CREATE TABLE matter_version (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    version               INT           NOT NULL,
    matter_id             BIGINT        NOT NULL,
    version_number        INT,
    status                VARCHAR(12)   NOT NULL,
    name                  VARCHAR(200)  NOT NULL,
    matter_type           VARCHAR(40)   NOT NULL,
    legal_basis           TEXT          NOT NULL,
    acceptance_conditions TEXT          NOT NULL,
    statutory_value       INT           NOT NULL,
    statutory_unit        VARCHAR(16)   NOT NULL,
    promised_value        INT           NOT NULL,
    promised_unit         VARCHAR(16)   NOT NULL,
    handling_kind         VARCHAR(12)   NOT NULL,
    on_site_visits        INT           NOT NULL,
    consultation_phone    VARCHAR(40),
    complaint_phone       VARCHAR(40),
    reconsideration_body  VARCHAR(200),
    litigation_body       VARCHAR(200),
    change_note           VARCHAR(500),
    created_by            VARCHAR(40)   NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    submitted_by          VARCHAR(40),
    submitted_at          DATETIME(6),
    reviewed_by           VARCHAR(40),
    reviewed_at           DATETIME(6),
    return_reason         VARCHAR(500),
    effective_date        DATE,
    CONSTRAINT uk_matter_version_number UNIQUE (matter_id, version_number),
    CONSTRAINT fk_matter_version_matter FOREIGN KEY (matter_id) REFERENCES matter (id)
);
CREATE INDEX ix_matter_version_status ON matter_version (status, submitted_at);

ALTER TABLE matter ADD CONSTRAINT fk_matter_current_version
    FOREIGN KEY (current_version_id) REFERENCES matter_version (id);

CREATE TABLE matter_version_procedure (
    version_id     BIGINT      NOT NULL,
    procedure_type VARCHAR(20) NOT NULL,
    PRIMARY KEY (version_id, procedure_type),
    CONSTRAINT fk_mv_procedure_version FOREIGN KEY (version_id) REFERENCES matter_version (id)
);

CREATE TABLE matter_version_channel (
    version_id BIGINT      NOT NULL,
    channel    VARCHAR(10) NOT NULL,
    PRIMARY KEY (version_id, channel),
    CONSTRAINT fk_mv_channel_version FOREIGN KEY (version_id) REFERENCES matter_version (id)
);

CREATE TABLE matter_material (
    version_id         BIGINT       NOT NULL,
    seq                INT          NOT NULL,
    name               VARCHAR(200) NOT NULL,
    form               VARCHAR(24)  NOT NULL,
    mandatory          BOOLEAN      NOT NULL,
    originals          INT          NOT NULL,
    copies             INT          NOT NULL,
    note               VARCHAR(500),
    blank_form_file_id BIGINT,
    sample_file_id     BIGINT,
    PRIMARY KEY (version_id, seq),
    CONSTRAINT fk_material_version FOREIGN KEY (version_id) REFERENCES matter_version (id),
    CONSTRAINT fk_material_blank_form FOREIGN KEY (blank_form_file_id) REFERENCES stored_file (id),
    CONSTRAINT fk_material_sample FOREIGN KEY (sample_file_id) REFERENCES stored_file (id)
);

CREATE TABLE matter_fee (
    version_id  BIGINT         NOT NULL,
    seq         INT            NOT NULL,
    name        VARCHAR(200)   NOT NULL,
    amount      DECIMAL(12, 2) NOT NULL,
    legal_basis VARCHAR(500),
    reducible   BOOLEAN        NOT NULL,
    PRIMARY KEY (version_id, seq),
    CONSTRAINT fk_fee_version FOREIGN KEY (version_id) REFERENCES matter_version (id)
);

CREATE TABLE matter_step (
    version_id BIGINT       NOT NULL,
    seq        INT          NOT NULL,
    name       VARCHAR(60)  NOT NULL,
    office     VARCHAR(100),
    limit_days INT          NOT NULL,
    PRIMARY KEY (version_id, seq),
    CONSTRAINT fk_step_version FOREIGN KEY (version_id) REFERENCES matter_version (id)
);
