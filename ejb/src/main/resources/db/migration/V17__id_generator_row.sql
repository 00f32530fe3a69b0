-- The id generator's row exists before the first id is asked for: on a fresh database several
-- startup beans (official schedules, supervision defaults, the scheduler's first tick) may ask at
-- once, and two of them inserting the row together made the deployment fail.
INSERT INTO id_generator (gen_name, gen_value)
SELECT 'yangguang', 1 FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM id_generator WHERE gen_name = 'yangguang');
