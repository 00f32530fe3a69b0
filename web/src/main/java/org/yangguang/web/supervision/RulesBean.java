package org.yangguang.web.supervision;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.yangguang.supervision.RuleBook;
import org.yangguang.supervision.SupervisionLevel;
import org.yangguang.supervision.SupervisionRule;
import org.yangguang.supervision.SupervisionSettings;
import org.yangguang.supervision.SupervisionSettingsService;
import org.yangguang.web.support.Faces;

/**
 * The supervision rules and settings: the supervision office edits a rule (a new revision comes
 * into force, the old one stays for the findings issued under it) and the local policy.
 */
@Named
@ViewScoped
public class RulesBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    RuleBook rules;

    @Inject
    SupervisionSettingsService settingsService;

    private List<SupervisionRule> inForce = List.of();
    private List<SupervisionRule> history = List.of();
    private SupervisionSettings settings;

    // the rule being edited
    private String code;
    private String name;
    private SupervisionLevel level;
    private Integer threshold;
    private boolean enabled;
    private String note;
    private int revision;

    public void load() {
        inForce = rules.inForce();
        settings = settingsService.current();
    }

    public void edit(SupervisionRule r) {
        code = r.getCode();
        name = r.getName();
        level = r.getLevel();
        threshold = r.getThreshold();
        enabled = r.isEnabled();
        note = null;
        revision = r.getRevision();
    }

    public void save() {
        SupervisionRule saved = Faces.attempt(() -> rules.revise(code, new RuleBook.RuleEdit(name, level, threshold,
                enabled, note, revision)));
        if (saved != null) {
            Faces.info(Faces.text("rules.saved", saved.getName(), saved.getRevision()));
            load();
        }
    }

    public void showHistory(String ruleCode) {
        history = rules.history(ruleCode);
    }

    public void saveSettings() {
        SupervisionSettings saved = Faces.attempt(() -> settingsService.update(settings));
        if (saved != null) {
            settings = saved;
            Faces.info(Faces.text("settings.saved"));
        }
    }

    public org.primefaces.model.StreamedContent getExport() {
        return org.yangguang.web.support.Exports.xlsx("监察规则.xlsx", "监察规则", List.of("规则编码", "规则名称", "触发条件", "等级",
                "阈值", "阈值含义", "启用", "版本", "修改人", "修改时间", "说明"), () -> inForce.stream()
                .map(r -> java.util.Arrays.<Object>asList(r.getCode(), r.getName(), r.getTrigger().label(),
                        r.getLevel().label(), r.getThreshold(), r.getTrigger().thresholdLabel(), r.isEnabled(),
                        r.getRevision(), r.getCreatedBy(), String.valueOf(r.getCreatedAt()), r.getNote())).toList());
    }

    public SupervisionLevel[] getLevels() { return SupervisionLevel.values(); }
    public List<SupervisionRule> getInForce() { return inForce; }
    public List<SupervisionRule> getHistory() { return history; }
    public SupervisionSettings getSettings() { return settings; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public SupervisionLevel getLevel() { return level; }
    public void setLevel(SupervisionLevel level) { this.level = level; }
    public Integer getThreshold() { return threshold; }
    public void setThreshold(Integer threshold) { this.threshold = threshold; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public int getRevision() { return revision; }
}
