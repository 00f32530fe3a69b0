package org.yangguang.approval;

import org.yangguang.shared.Labelled;

/** How close a case is to its promised deadline, for the workbench's colours. */
public enum Urgency implements Labelled {
    ON_TIME("正常"),
    DUE_SOON("临近期限"),
    OVERDUE("已超期"),
    NONE("不计时");

    private final String label;

    Urgency(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
