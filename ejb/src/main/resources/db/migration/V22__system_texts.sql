-- System texts: a case's timeline entries keep their comment and public note as a message key with
-- its parameters (JSON), so each reader sees them in their language. The Chinese columns stay, for
-- the API and for entries written before.
ALTER TABLE case_event ADD COLUMN comment_text TEXT;
ALTER TABLE case_event ADD COLUMN note_text TEXT;
-- A finding's detail may hold a disclosure finding's derivation as a system text (longer than the sentence).
ALTER TABLE finding MODIFY COLUMN detail VARCHAR(2000);
