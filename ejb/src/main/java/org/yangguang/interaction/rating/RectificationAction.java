package org.yangguang.interaction.rating;

import java.util.Arrays;
import org.yangguang.shared.Labelled;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.SystemText;

/**
 * The actions on the rectification of a bad rating; their paths are the REST action segments and
 * the names {@code allowedActions} lists; each has its code in the audit trail.
 */
public enum RectificationAction implements Labelled {
    /** 回访核实: the bad rating is confirmed; the department's limit starts. */
    CONFIRM("confirm", "核实属实", "RECTIFICATION_CONFIRM"),
    /** 恶意差评: the bad rating is unfounded, with who decided it and why. */
    MARK_UNFOUNDED("unfounded", "认定为恶意差评", "RECTIFICATION_UNFOUNDED"),
    /** 整改反馈: the department reports what it put right; the reply is published. */
    REPORT("report", "报告整改情况", "RECTIFICATION_REPORT");

    private final String path;
    private final String label;
    private final String auditCode;

    RectificationAction(String path, String label, String auditCode) {
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

    public static RectificationAction fromPath(String path) {
        return Arrays.stream(values()).filter(a -> a.path.equals(path)).findFirst()
                .orElseThrow(() -> new NotFoundException(SystemText.of("rectification.noSuchAction", path)));
    }
}
