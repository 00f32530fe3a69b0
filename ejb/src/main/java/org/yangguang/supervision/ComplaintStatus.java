package org.yangguang.supervision;

import org.yangguang.shared.Labelled;

/** Where a complaint (投诉) stands. */
public enum ComplaintStatus implements Labelled {
    RECEIVED("待受理"),
    ACCEPTED("已受理，调查中"),
    NOT_ACCEPTED("不予受理"),
    REPLIED("已答复");

    private final String label;

    ComplaintStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
