package org.yangguang.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.yangguang.shared.BaseEntity;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.SystemText;

/**
 * One revision of a supervision rule: a trigger, the level of the finding it raises, and a
 * threshold. Revisions are immutable; an edit is a new revision in force, and findings keep the
 * revision they were issued under, so each one can be replayed and appealed.
 */
@Entity
@Table(name = "supervision_rule")
@NamedQuery(name = "SupervisionRule.inForce",
        query = "select r from SupervisionRule r where r.inForce = true order by r.code")
@NamedQuery(name = "SupervisionRule.history",
        query = "select r from SupervisionRule r where r.code = :code order by r.revision desc")
public class SupervisionRule extends BaseEntity {
    public static final int NAME_LENGTH = 100;
    public static final int NOTE_LENGTH = 500;
    public static final int MAX_THRESHOLD = 366;

    @Column(name = "code", nullable = false, updatable = false, length = 40)
    private String code;

    /** The rule version (规则版本), counted per code from 1. */
    @Column(name = "revision", nullable = false, updatable = false)
    private int revision;

    @Column(name = "name", nullable = false, updatable = false, length = NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_trigger", nullable = false, updatable = false, length = 40)
    private RuleTrigger trigger;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false, updatable = false, length = 8)
    private SupervisionLevel level;

    @Column(name = "threshold", nullable = false, updatable = false)
    private int threshold;

    @Column(name = "enabled", nullable = false, updatable = false)
    private boolean enabled;

    /** Whether this is the revision in force (the newest of its code). */
    @Column(name = "in_force", nullable = false)
    private boolean inForce;

    @Column(name = "note", length = NOTE_LENGTH, updatable = false)
    private String note;

    @Column(name = "created_by", nullable = false, updatable = false, length = 40)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected SupervisionRule() {}

    public SupervisionRule(String code, int revision, String name, RuleTrigger trigger, SupervisionLevel level,
            int threshold, boolean enabled, String note, String by, Instant at) {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw new InvalidInputException("code", SystemText.of("rule.codeFormat"));
        }
        if (name == null || name.isBlank() || name.length() > NAME_LENGTH) {
            throw new InvalidInputException("name", SystemText.of("rule.nameMissing", NAME_LENGTH));
        }
        if (trigger == null || level == null) throw new InvalidInputException(SystemText.of("rule.triggerAndLevelMissing"));
        if (threshold < 0 || threshold > MAX_THRESHOLD) {
            throw new InvalidInputException("threshold", SystemText.of("rule.thresholdRange", MAX_THRESHOLD));
        }
        if (note != null && note.length() > NOTE_LENGTH) {
            throw new InvalidInputException("note", SystemText.of("rule.noteTooLong", NOTE_LENGTH));
        }
        this.code = code;
        this.revision = revision;
        this.name = name.trim();
        this.trigger = trigger;
        this.level = level;
        this.threshold = threshold;
        this.enabled = enabled;
        this.inForce = true;
        this.note = note == null || note.isBlank() ? null : note.trim();
        this.createdBy = by;
        this.createdAt = at;
    }

    /** The rule as installed by default for a trigger. */
    public static SupervisionRule defaultOf(RuleTrigger t, Instant at) {
        return new SupervisionRule(t.name(), 1, t.label(), t, t.defaultLevel(), t.defaultThreshold(), true,
                "默认规则（电子监察默认设置）", "system", at);
    }

    /** The next revision: this one goes out of force. */
    public SupervisionRule revise(String newName, SupervisionLevel newLevel, int newThreshold, boolean nowEnabled,
            String why, String by, Instant at) {
        SupervisionRule next = new SupervisionRule(code, revision + 1, newName, trigger, newLevel, newThreshold,
                nowEnabled, why, by, at);
        inForce = false;
        return next;
    }

    public String getCode() { return code; }
    public int getRevision() { return revision; }
    public String getName() { return name; }
    public RuleTrigger getTrigger() { return trigger; }
    public SupervisionLevel getLevel() { return level; }
    public int getThreshold() { return threshold; }
    public boolean isEnabled() { return enabled; }
    public boolean isInForce() { return inForce; }
    public String getNote() { return note; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }

    @Override
    public boolean equals(Object o) {
        return o instanceof SupervisionRule r && code.equals(r.code) && revision == r.revision;
    }

    @Override
    public int hashCode() {
        return code.hashCode() * 31 + revision;
    }

    /**
     * The rule's name as a page shows it: in the reader's language while it is the trigger's own name,
     * as the office wrote it once renamed.
     */
    public org.yangguang.shared.SystemText shownName() {
        return name.equals(trigger.label()) ? org.yangguang.shared.SystemText.of("rule.name", trigger)
                : org.yangguang.shared.SystemText.of("text.literal", name);
    }
}
