package org.yangguang.disclosure;

import org.yangguang.shared.Labelled;

/** The result of a reconsideration or a lawsuit, as table 四 counts it; PENDING until decided. */
public enum RemedyOutcome implements Labelled {
    UPHELD("结果维持"),
    CORRECTED("结果纠正"),
    OTHER("其他结果"),
    PENDING("尚未审结");

    private final String label;

    RemedyOutcome(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
