package org.yangguang.catalog;

import org.yangguang.shared.Labelled;

/**
 * Review states of a matter version: a department drafts, submits, the office publishes or
 * returns; a returned draft can be edited and submitted again; a published version never changes.
 */
public enum VersionStatus implements Labelled {
    DRAFT("草稿"),
    SUBMITTED("待审核"),
    RETURNED("已退回"),
    PUBLISHED("已发布"),
    WITHDRAWN("已撤回");

    private final String label;

    VersionStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    public boolean isOpen() {
        return this == DRAFT || this == SUBMITTED || this == RETURNED;
    }
}
