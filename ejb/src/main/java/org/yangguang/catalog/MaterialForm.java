package org.yangguang.catalog;

import org.yangguang.shared.Labelled;

/** Whether a material is handed in on paper, electronically, or either. */
public enum MaterialForm implements Labelled {
    PAPER("纸质"),
    ELECTRONIC("电子"),
    PAPER_OR_ELECTRONIC("纸质或电子");

    private final String label;

    MaterialForm(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static MaterialForm fromLabel(String text) {
        return Labelled.parse(MaterialForm.class, text, "材料形式");
    }
}
