package org.yangguang.interaction.letter;

import org.yangguang.shared.WorkflowAction;

/**
 * The actions on a letter; their paths are the REST action path segments and the names
 * {@code allowedActions} lists; each has its code in the audit trail.
 */
public enum LetterAction implements WorkflowAction {
    /** The office gives the letter to a department, or keeps it to handle itself. */
    ROUTE("route", "分办", "LETTER_ROUTE"),
    /** The office opens a complaint of the supervision workflow for a 投诉 about a case or a department. */
    COMPLAINT("complaint", "转为投诉", "LETTER_COMPLAINT"),
    /** The handler passes it on to another department (once). */
    TRANSFER("transfer", "转办", "LETTER_TRANSFER"),
    /** The handler takes the one extension of the limit, with a reason. */
    EXTEND("extend", "延期", "LETTER_EXTEND"),
    ANSWER("answer", "答复", "LETTER_ANSWER"),
    /** The office publishes an answered letter whose writer consented, without the personal data. */
    PUBLISH("publish", "公开", "LETTER_PUBLISH"),
    /** The office makes a published letter a frequent question of its department, or of one matter. */
    FAQ("faq", "列入常见问题", "LETTER_FAQ");

    private final Names names;

    LetterAction(String path, String label, String auditCode) {
        this.names = new Names(path, label, auditCode);
    }

    @Override
    public Names names() {
        return names;
    }

    public static LetterAction fromPath(String path) {
        return WorkflowAction.fromPath(LetterAction.class, path, "letter.noSuchAction");
    }
}
