package org.yangguang.interaction.rating;

import org.yangguang.shared.Labelled;

/** What was rated. */
public enum RatingSubject implements Labelled {
    /** A case (办件), by its receipt number. */
    CASE("办件");

    private final String label;

    RatingSubject(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
