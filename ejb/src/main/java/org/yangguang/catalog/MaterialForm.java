package org.yangguang.catalog;

import org.yangguang.shared.Labelled;

/**
 * Whether a material is handed in on paper, electronically, or either; or not handed in at all
 * because the agency obtains it from the shared electronic licence database (电子证照库共享获取,
 * e.g. the business licence): the applicant uploads nothing, the clerk checks it there.
 */
public enum MaterialForm implements Labelled {
    PAPER("纸质"),
    ELECTRONIC("电子"),
    PAPER_OR_ELECTRONIC("纸质或电子"),
    SHARED("电子证照共享获取");

    private final String label;

    MaterialForm(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether the applicant hands this material in (uploads it when applying online). */
    public boolean submittedByApplicant() {
        return this != SHARED;
    }

    public static MaterialForm fromLabel(String text) {
        return Labelled.parse(MaterialForm.class, text, "材料形式");
    }
}
