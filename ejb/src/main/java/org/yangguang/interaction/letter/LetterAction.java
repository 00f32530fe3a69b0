package org.yangguang.interaction.letter;

import java.util.Arrays;
import org.yangguang.shared.Labelled;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.SystemText;

/**
 * The actions on a letter; their paths are the REST action path segments and the names
 * {@code allowedActions} lists; each has its code in the audit trail.
 */
public enum LetterAction implements Labelled {
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

    private final String path;
    private final String label;
    private final String auditCode;

    LetterAction(String path, String label, String auditCode) {
        this.path = path;
        this.label = label;
        this.auditCode = auditCode;
    }

    public String path() {
        return path;
    }

    @Override
    public String label() {
        return label;
    }

    public String auditCode() {
        return auditCode;
    }

    public static LetterAction fromPath(String path) {
        return Arrays.stream(values()).filter(a -> a.path.equals(path)).findFirst()
                .orElseThrow(() -> new NotFoundException(SystemText.of("letter.noSuchAction", path)));
    }
}
