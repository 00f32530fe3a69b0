package org.yangguang.interaction.rating;

import org.yangguang.shared.WorkflowAction;

/**
 * The actions on the rectification of a bad rating; their paths are the REST action segments and
 * the names {@code allowedActions} lists; each has its code in the audit trail.
 */
public enum RectificationAction implements WorkflowAction {
    /** 回访核实: the bad rating is confirmed; the department's limit starts. */
    CONFIRM("confirm", "核实属实", "RECTIFICATION_CONFIRM"),
    /** 恶意差评: the bad rating is unfounded, with who decided it and why. */
    MARK_UNFOUNDED("unfounded", "认定为恶意差评", "RECTIFICATION_UNFOUNDED"),
    /** 整改反馈: the department reports what it put right; the reply is published. */
    REPORT("report", "报告整改情况", "RECTIFICATION_REPORT");

    private final Names names;

    RectificationAction(String path, String label, String auditCode) {
        this.names = new Names(path, label, auditCode);
    }

    @Override
    public Names names() {
        return names;
    }

    public static RectificationAction fromPath(String path) {
        return WorkflowAction.fromPath(RectificationAction.class, path, "rectification.noSuchAction");
    }
}
