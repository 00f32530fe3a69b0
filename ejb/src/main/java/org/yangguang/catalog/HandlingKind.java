package org.yangguang.catalog;

import org.yangguang.shared.Labelled;

/** How a case of the matter is handled (即办件 / 承诺件 / 上报件 / 联办件). */
public enum HandlingKind implements Labelled {
    IMMEDIATE("即办件"),
    PROMISED("承诺件"),
    ESCALATED("上报件"),
    JOINT("联办件");

    private final String label;

    HandlingKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static HandlingKind fromLabel(String text) {
        return Labelled.parse(HandlingKind.class, text, "办件类型");
    }
}
