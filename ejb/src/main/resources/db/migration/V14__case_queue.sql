-- The workbench reads a department's open cases in order of urgency from this table: one row for the
-- case's own department and one for each department co-handling a joint part. The index answers
-- "this department's open cases, most urgent first" by reading 20 entries, at any number of cases
-- (the former scope, department OR EXISTS joint part, with NOT IN statuses and a CASE ordering,
-- sorted every open case of the department on each page).
-- due: the running deadline (promised, statutory, or delivery once decided) or 9999-12-31 when none
-- runs (still being checked, clock stopped, closed): the stored urgency the list sorts by.
CREATE TABLE case_queue (
    case_id         BIGINT      NOT NULL,
    department_code VARCHAR(12) NOT NULL,
    lead_department BOOLEAN     NOT NULL,
    open_case       BOOLEAN     NOT NULL,
    due             DATE        NOT NULL,
    received_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (case_id, department_code),
    CONSTRAINT fk_case_queue_case FOREIGN KEY (case_id) REFERENCES approval_case (id)
);
CREATE INDEX ix_case_queue_due ON case_queue (department_code, open_case, due, received_at);
CREATE INDEX ix_case_queue_received ON case_queue (department_code, open_case, received_at);
CREATE INDEX ix_case_queue_all_due ON case_queue (lead_department, open_case, due, received_at);
CREATE INDEX ix_case_queue_all_received ON case_queue (lead_department, open_case, received_at);

INSERT INTO case_queue (case_id, department_code, lead_department, open_case, due, received_at)
SELECT c.id, d.code, TRUE,
       c.status IN ('RECEIVED', 'AWAITING_CORRECTION', 'IN_PROGRESS', 'REPORTED', 'DECIDED'),
       COALESCE(CASE
           WHEN c.status NOT IN ('RECEIVED', 'AWAITING_CORRECTION', 'IN_PROGRESS', 'REPORTED', 'DECIDED')
                OR c.stop_type IS NOT NULL THEN NULL
           WHEN c.status = 'DECIDED' THEN c.delivery_deadline
           WHEN c.accepted_on IS NOT NULL THEN c.promised_deadline
       END, DATE '9999-12-31'),
       c.received_at
FROM approval_case c JOIN department d ON d.id = c.department_id;

INSERT INTO case_queue (case_id, department_code, lead_department, open_case, due, received_at)
SELECT DISTINCT q.case_id, p.department_code, FALSE, q.open_case, q.due, q.received_at
FROM case_joint_part p
JOIN case_queue q ON q.case_id = p.case_id AND q.lead_department = TRUE
WHERE p.department_code <> q.department_code;
