package org.yangguang.supervision;

import org.yangguang.shared.Labelled;

/**
 * Where a finding stands. A warning is only notified; a card waits for the department's answer
 * (explanation and rectification), which the supervision office confirms, or it is revoked. The
 * department may appeal with evidence while the card stands.
 */
public enum FindingStatus implements Labelled {
    NOTIFIED("已提醒"),
    OPEN("待答复"),
    ANSWERED("已答复"),
    APPEALED("申诉中"),
    CONFIRMED("已确认整改"),
    REVOKED("已撤销");

    private final String label;

    FindingStatus(String label) {
        this.label = label;
    }

    /** Whether the finding still counts against the department. */
    public boolean stands() {
        return this != REVOKED;
    }

    /** Whether the supervision office still has something to do with it. */
    public boolean isPending() {
        return this == OPEN || this == ANSWERED || this == APPEALED;
    }

    @Override
    public String label() {
        return label;
    }
}
