-- Working-day calendar: every import of a year's holiday schedule is a new, numbered version.
CREATE TABLE calendar_year (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       INT          NOT NULL,
    version_number BIGINT      NOT NULL,
    calendar_year INT          NOT NULL,
    source        VARCHAR(200),
    imported_by   VARCHAR(40)  NOT NULL,
    imported_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uk_calendar_year_number UNIQUE (version_number)
);
CREATE INDEX ix_calendar_year_year ON calendar_year (calendar_year, version_number);

CREATE TABLE calendar_day (
    calendar_year_id BIGINT      NOT NULL,
    day_date         DATE        NOT NULL,
    kind             VARCHAR(8)  NOT NULL,
    name             VARCHAR(40) NOT NULL,
    PRIMARY KEY (calendar_year_id, day_date),
    CONSTRAINT fk_calendar_day_year FOREIGN KEY (calendar_year_id) REFERENCES calendar_year (id)
);

-- Every deadline a calendar change moved: which, from, to, by which calendar version.
CREATE TABLE deadline_move (
    id              BIGINT       NOT NULL PRIMARY KEY,
    calendar_number BIGINT       NOT NULL,
    subject_type    VARCHAR(40)  NOT NULL,
    subject_key     VARCHAR(80)  NOT NULL,
    deadline_name   VARCHAR(40)  NOT NULL,
    old_date        DATE,
    new_date        DATE,
    moved_at        DATETIME(6)  NOT NULL
);
CREATE INDEX ix_deadline_move_calendar ON deadline_move (calendar_number);
