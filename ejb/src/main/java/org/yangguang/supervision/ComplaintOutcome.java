package org.yangguang.supervision;

import org.yangguang.shared.Labelled;

/** What the investigation of a complaint found. */
public enum ComplaintOutcome implements Labelled {
    SUBSTANTIATED("属实"),
    PARTLY("部分属实"),
    UNSUBSTANTIATED("不属实");

    private final String label;

    ComplaintOutcome(String label) {
        this.label = label;
    }

    /** A substantiated complaint (fully or partly) can raise a card. */
    public boolean substantiated() {
        return this != UNSUBSTANTIATED;
    }

    @Override
    public String label() {
        return label;
    }
}
