package org.yangguang.interaction.letter;

import org.yangguang.shared.Labelled;

/** What a letter is: the categories the county's mailbox has always had (政民互动). */
public enum LetterCategory implements Labelled {
    CONSULTATION("咨询"),
    SUGGESTION("建议"),
    COMPLAINT("投诉"),
    /** 举报: confidential, seen only by the office and the supervision office, never published. */
    REPORT("举报"),
    OTHER("其他");

    private final String label;

    LetterCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
