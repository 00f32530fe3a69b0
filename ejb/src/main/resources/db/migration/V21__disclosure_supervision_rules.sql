-- Electronic supervision of government-information disclosure: the default rules of the five
-- disclosure triggers (RuleTrigger, kind DISCLOSURE), each at revision 1, as RuleBook.installDefaults
-- would install them (same name, level, threshold, note), here so that they are data from the start.
-- Findings about a request, an item or a report use subject_type REQUEST, ITEM or REPORT (VARCHAR(12)).
--
-- Ids: supervision_rule ids come from the shared table generator (id_generator 'yangguang', pooled,
-- 50 at a time), so each row takes the next id above both the generator's value and the rules' largest
-- id, and the generator is then moved on by 100: no node's pool, now or later, hands these ids out again.
-- Portable between MySQL/MariaDB and H2 (MODE=MySQL).

INSERT INTO supervision_rule (id, version, code, revision, name, rule_trigger, level, threshold, enabled, in_force,
                              note, created_by, created_at)
SELECT GREATEST(g.gen_value, COALESCE((SELECT MAX(r.id) FROM supervision_rule r), 0)) + 1, 0,
       'REQUEST_DUE_SOON', 1, '依申请公开答复期限临近', 'REQUEST_DUE_SOON', 'WARNING', 1, TRUE, TRUE,
       '默认规则（电子监察默认设置）', 'system', CURRENT_TIMESTAMP
FROM id_generator g
WHERE g.gen_name = 'yangguang'
  AND NOT EXISTS (SELECT 1 FROM supervision_rule x WHERE x.code = 'REQUEST_DUE_SOON' OR x.rule_trigger = 'REQUEST_DUE_SOON');

INSERT INTO supervision_rule (id, version, code, revision, name, rule_trigger, level, threshold, enabled, in_force,
                              note, created_by, created_at)
SELECT GREATEST(g.gen_value, COALESCE((SELECT MAX(r.id) FROM supervision_rule r), 0)) + 1, 0,
       'REQUEST_OVERDUE', 1, '依申请公开超过法定答复期限', 'REQUEST_OVERDUE', 'RED', 0, TRUE, TRUE,
       '默认规则（电子监察默认设置）', 'system', CURRENT_TIMESTAMP
FROM id_generator g
WHERE g.gen_name = 'yangguang'
  AND NOT EXISTS (SELECT 1 FROM supervision_rule x WHERE x.code = 'REQUEST_OVERDUE' OR x.rule_trigger = 'REQUEST_OVERDUE');

INSERT INTO supervision_rule (id, version, code, revision, name, rule_trigger, level, threshold, enabled, in_force,
                              note, created_by, created_at)
SELECT GREATEST(g.gen_value, COALESCE((SELECT MAX(r.id) FROM supervision_rule r), 0)) + 1, 0,
       'REQUEST_CORRECTION_LATE', 1, '依申请公开补正告知超过7个工作日', 'REQUEST_CORRECTION_LATE', 'YELLOW', 0, TRUE, TRUE,
       '默认规则（电子监察默认设置）', 'system', CURRENT_TIMESTAMP
FROM id_generator g
WHERE g.gen_name = 'yangguang'
  AND NOT EXISTS (SELECT 1 FROM supervision_rule x WHERE x.code = 'REQUEST_CORRECTION_LATE'
                  OR x.rule_trigger = 'REQUEST_CORRECTION_LATE');

INSERT INTO supervision_rule (id, version, code, revision, name, rule_trigger, level, threshold, enabled, in_force,
                              note, created_by, created_at)
SELECT GREATEST(g.gen_value, COALESCE((SELECT MAX(r.id) FROM supervision_rule r), 0)) + 1, 0,
       'ITEM_PUBLISH_OVERDUE', 1, '主动公开信息未在20个工作日内公开', 'ITEM_PUBLISH_OVERDUE', 'YELLOW', 0, TRUE, TRUE,
       '默认规则（电子监察默认设置）', 'system', CURRENT_TIMESTAMP
FROM id_generator g
WHERE g.gen_name = 'yangguang'
  AND NOT EXISTS (SELECT 1 FROM supervision_rule x WHERE x.code = 'ITEM_PUBLISH_OVERDUE'
                  OR x.rule_trigger = 'ITEM_PUBLISH_OVERDUE');

INSERT INTO supervision_rule (id, version, code, revision, name, rule_trigger, level, threshold, enabled, in_force,
                              note, created_by, created_at)
SELECT GREATEST(g.gen_value, COALESCE((SELECT MAX(r.id) FROM supervision_rule r), 0)) + 1, 0,
       'REPORT_NOT_PUBLISHED', 1, '部门政府信息公开工作年度报告未按期公布', 'REPORT_NOT_PUBLISHED', 'YELLOW', 0, TRUE, TRUE,
       '默认规则（电子监察默认设置）', 'system', CURRENT_TIMESTAMP
FROM id_generator g
WHERE g.gen_name = 'yangguang'
  AND NOT EXISTS (SELECT 1 FROM supervision_rule x WHERE x.code = 'REPORT_NOT_PUBLISHED'
                  OR x.rule_trigger = 'REPORT_NOT_PUBLISHED');

UPDATE id_generator SET gen_value = GREATEST(gen_value, COALESCE((SELECT MAX(r.id) FROM supervision_rule r), 0)) + 100
WHERE gen_name = 'yangguang';
