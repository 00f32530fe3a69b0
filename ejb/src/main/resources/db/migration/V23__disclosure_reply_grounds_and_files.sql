-- A disclosure reply states the legal ground of what it withholds and delivers its files:
-- 部分公开 names the part withheld and its grounds (条例 第十四条 to 第十六条, 第三十七条), kept as the
-- grounds' names separated by commas; the files are stored files, private, in reply order.
ALTER TABLE disclosure_request ADD COLUMN withheld VARCHAR(1000);
ALTER TABLE disclosure_request ADD COLUMN withheld_grounds VARCHAR(200);

CREATE TABLE disclosure_reply_file (
    request_id BIGINT NOT NULL,
    position   INT    NOT NULL,
    file_id    BIGINT NOT NULL,
    PRIMARY KEY (request_id, position),
    CONSTRAINT fk_disclosure_reply_file_request FOREIGN KEY (request_id) REFERENCES disclosure_request (id),
    CONSTRAINT fk_disclosure_reply_file_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
);
