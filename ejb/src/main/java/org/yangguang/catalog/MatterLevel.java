package org.yangguang.catalog;

import org.yangguang.shared.Labelled;

/** 主项 / 子项 / 办理项: cases are filed against the smallest unit. */
public enum MatterLevel implements Labelled {
    MAIN("主项"),
    SUB("子项"),
    HANDLING("办理项");

    private final String label;

    MatterLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Which level a parent of this level must have (null: no parent allowed). */
    public boolean acceptsParent(MatterLevel parent) {
        return switch (this) {
            case MAIN -> parent == null;
            case SUB -> parent == MAIN;
            case HANDLING -> parent == MAIN || parent == SUB;
        };
    }

    public static MatterLevel fromLabel(String text) {
        return Labelled.parse(MatterLevel.class, text, "事项层级");
    }
}
