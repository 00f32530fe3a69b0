package org.yangguang.disclosure;

import org.yangguang.shared.Labelled;

/**
 * Where a proactive-disclosure item stands in the confidentiality review (保密审查): only a
 * reviewed item reaches the public, and a withdrawn one keeps its record.
 */
public enum ItemStatus implements Labelled {
    DRAFT("草稿"),
    SUBMITTED("待保密审查"),
    RETURNED("已退回"),
    PUBLISHED("已公开"),
    WITHDRAWN("已撤回");

    private final String label;

    ItemStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The editor may still change it. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Not yet public and not given up: the 20-working-day publication limit runs. */
    public boolean isAwaitingPublication() {
        return this == DRAFT || this == SUBMITTED || this == RETURNED;
    }
}
