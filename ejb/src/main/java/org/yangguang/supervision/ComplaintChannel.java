package org.yangguang.supervision;

import org.yangguang.shared.Labelled;

/** How a complaint came in: the portal form, or entered by staff. */
public enum ComplaintChannel implements Labelled {
    PORTAL("网上投诉"),
    PHONE("电话投诉"),
    VISIT("来访投诉"),
    LETTER("来信投诉");

    private final String label;

    ComplaintChannel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
