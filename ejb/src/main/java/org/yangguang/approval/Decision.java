package org.yangguang.approval;

import org.yangguang.shared.Labelled;

/** The outcome of a case. */
public enum Decision implements Labelled {
    APPROVED("准予许可"),
    DENIED("不予许可");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
