-- 政民互动: a letter's optional attachments (the same limits as every upload, at most 5), in the
-- writer's order. The files are private stored files: the letter's staff read them, the writer sees
-- their names on tracking, and they are never published with the answer.
CREATE TABLE letter_attachment (
    letter_id   BIGINT  NOT NULL,
    position    INT     NOT NULL,
    file_id     BIGINT  NOT NULL,
    CONSTRAINT pk_letter_attachment PRIMARY KEY (letter_id, position),
    CONSTRAINT fk_letter_attachment_letter FOREIGN KEY (letter_id) REFERENCES letter (id),
    CONSTRAINT fk_letter_attachment_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
);
