package org.yangguang.interaction.letter;

import org.yangguang.shared.Labelled;

/** Where a letter stands. */
public enum LetterStatus implements Labelled {
    /** Received, waiting for the office to route it or handle it itself. */
    RECEIVED("已收到，待办理"),
    /** With its handler: a department, or the office itself. */
    HANDLING("办理中"),
    ANSWERED("已答复"),
    /** A 投诉 handled as a complaint of the supervision workflow: where the complaint stands is the letter's. */
    COMPLAINT("转为投诉办理");

    private final String label;

    LetterStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
