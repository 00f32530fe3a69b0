-- Electronic supervision of 政民互动 and 好差评: the default rules of the two interaction triggers
-- (RuleTrigger, kind INTERACTION), each at revision 1, as RuleBook.installDefaults would install them
-- (same name, level, threshold, note), here so that they are data from the start, as V21 did for the
-- disclosure rules. Both are yellow cards: the limits are the county's policy (settings), not a statute's.
--   RECTIFICATION_OVERDUE  a bad rating's rectification not reported by its due day (差评整改逾期未反馈)
--   LETTER_ANSWER_OVERDUE  a letter not answered by its deadline (来信逾期未答复)
-- Findings about them use subject_type BAD_RATING (rating_rectification.id) and LETTER (letter.id).
--
-- Ids as in V21: the next id above both the shared generator's value and the rules' largest id, then
-- the generator moved on by 100. Portable between MySQL/MariaDB and H2 (MODE=MySQL).

INSERT INTO supervision_rule (id, version, code, revision, name, rule_trigger, level, threshold, enabled, in_force,
                              note, created_by, created_at)
SELECT GREATEST(g.gen_value, COALESCE((SELECT MAX(r.id) FROM supervision_rule r), 0)) + 1, 0,
       'RECTIFICATION_OVERDUE', 1, '差评整改逾期未反馈', 'RECTIFICATION_OVERDUE', 'YELLOW', 0, TRUE, TRUE,
       '默认规则（电子监察默认设置）', 'system', CURRENT_TIMESTAMP
FROM id_generator g
WHERE g.gen_name = 'yangguang'
  AND NOT EXISTS (SELECT 1 FROM supervision_rule x WHERE x.code = 'RECTIFICATION_OVERDUE'
                  OR x.rule_trigger = 'RECTIFICATION_OVERDUE');

INSERT INTO supervision_rule (id, version, code, revision, name, rule_trigger, level, threshold, enabled, in_force,
                              note, created_by, created_at)
SELECT GREATEST(g.gen_value, COALESCE((SELECT MAX(r.id) FROM supervision_rule r), 0)) + 1, 0,
       'LETTER_ANSWER_OVERDUE', 1, '来信逾期未答复', 'LETTER_ANSWER_OVERDUE', 'YELLOW', 0, TRUE, TRUE,
       '默认规则（电子监察默认设置）', 'system', CURRENT_TIMESTAMP
FROM id_generator g
WHERE g.gen_name = 'yangguang'
  AND NOT EXISTS (SELECT 1 FROM supervision_rule x WHERE x.code = 'LETTER_ANSWER_OVERDUE'
                  OR x.rule_trigger = 'LETTER_ANSWER_OVERDUE');

UPDATE id_generator SET gen_value = GREATEST(gen_value, COALESCE((SELECT MAX(r.id) FROM supervision_rule r), 0)) + 100
WHERE gen_name = 'yangguang';
