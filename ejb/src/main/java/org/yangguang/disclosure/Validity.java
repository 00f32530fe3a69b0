package org.yangguang.disclosure;

import org.yangguang.shared.Labelled;

/** Whether a published document is still in force (现行有效), amended by a newer version, or repealed. */
public enum Validity implements Labelled {
    IN_FORCE("现行有效"),
    AMENDED("已修订"),
    REPEALED("已废止");

    private final String label;

    Validity(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
