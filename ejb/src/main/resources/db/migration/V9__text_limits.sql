-- Every text the API accepts fits where it is stored: the materials a correction notice lists
-- (up to the whole checklist) and a violation that quotes the reason given.
ALTER TABLE approval_case MODIFY COLUMN missing_materials TEXT;
ALTER TABLE case_violation MODIFY COLUMN description VARCHAR(1000) NOT NULL;
