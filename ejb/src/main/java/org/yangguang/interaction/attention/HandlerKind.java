package org.yangguang.interaction.attention;

import org.yangguang.shared.Labelled;

/** Who has a letter: a department, the office itself, or nobody yet (waiting to be routed). */
public enum HandlerKind implements Labelled {
    DEPARTMENT("部门办理"),
    OFFICE("办公室直接办理"),
    UNROUTED("待分办");

    private final String label;

    HandlerKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
