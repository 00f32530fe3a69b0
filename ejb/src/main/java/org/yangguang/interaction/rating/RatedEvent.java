package org.yangguang.interaction.rating;

import org.yangguang.shared.Labelled;

/** The service events of a case that the applicant rates, each once (GB/T 39734: 一事一评). */
public enum RatedEvent implements Labelled {
    /** 受理: once the case was accepted. */
    ACCEPTANCE("受理"),
    /** 办结: once the case was concluded (delivered) or refused (不予受理). */
    CONCLUSION("办结");

    private final String label;

    RatedEvent(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
