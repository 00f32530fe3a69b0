package org.yangguang.disclosure;

import org.yangguang.shared.Labelled;

/** How an applicant challenged a reply: the three column groups of the annual report's table 四. */
public enum RemedyKind implements Labelled {
    RECONSIDERATION("行政复议"),
    LITIGATION("行政诉讼（未经复议直接起诉）"),
    LITIGATION_AFTER_RECONSIDERATION("行政诉讼（复议后起诉）");

    private final String label;

    RemedyKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
