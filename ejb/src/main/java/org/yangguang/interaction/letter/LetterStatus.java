package org.yangguang.interaction.letter;

import org.yangguang.shared.Labelled;

/** Where a letter stands. */
public enum LetterStatus implements Labelled {
    /** Received, waiting for the office to route it or handle it itself. */
    RECEIVED("已收到，待办理");

    private final String label;

    LetterStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
