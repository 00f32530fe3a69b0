package org.yangguang.supervision;

import java.util.Arrays;
import org.yangguang.shared.Labelled;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.SystemText;

/**
 * The actions on a complaint; their paths are the REST action path segments and the names
 * {@code allowedActions} lists; each has its code in the audit trail.
 */
public enum ComplaintAction implements Labelled {
    ACCEPT("accept", "受理", "COMPLAINT_ACCEPT"),
    REFUSE("refuse", "不予受理", "COMPLAINT_REFUSE"),
    REPLY("reply", "答复", "COMPLAINT_REPLY"),
    /** A card on the department for a substantiated complaint (once). */
    CARD("card", "亮牌", "COMPLAINT_CARD");

    private final String path;
    private final String label;
    private final String auditCode;

    ComplaintAction(String path, String label, String auditCode) {
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

    public static ComplaintAction fromPath(String path) {
        return Arrays.stream(values()).filter(a -> a.path.equals(path)).findFirst()
                .orElseThrow(() -> new NotFoundException(SystemText.of("complaint.noSuchAction", path)));
    }
}
