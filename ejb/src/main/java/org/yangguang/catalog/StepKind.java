package org.yangguang.catalog;

import org.yangguang.shared.Labelled;

/**
 * What a process step is for. The reception step (受理) is completed by accepting the case (or by
 * the law deeming it accepted); every other step is handled one after the other.
 */
public enum StepKind implements Labelled {
    /** 受理环节: done by the acceptance itself, never completed on its own. */
    RECEPTION("受理环节"),
    /** 办理环节: 审查、审核、决定… each completed with an opinion. */
    HANDLING("办理环节");

    private final String label;

    StepKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
