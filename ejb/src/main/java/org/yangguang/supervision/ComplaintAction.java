package org.yangguang.supervision;

import org.yangguang.shared.WorkflowAction;

/**
 * The actions on a complaint; their paths are the REST action path segments and the names
 * {@code allowedActions} lists; each has its code in the audit trail.
 */
public enum ComplaintAction implements WorkflowAction {
    ACCEPT("accept", "受理", "COMPLAINT_ACCEPT"),
    REFUSE("refuse", "不予受理", "COMPLAINT_REFUSE"),
    REPLY("reply", "答复", "COMPLAINT_REPLY"),
    /** A card on the department for a substantiated complaint (once). */
    CARD("card", "亮牌", "COMPLAINT_CARD");

    private final Names names;

    ComplaintAction(String path, String label, String auditCode) {
        this.names = new Names(path, label, auditCode);
    }

    @Override
    public Names names() {
        return names;
    }

    public static ComplaintAction fromPath(String path) {
        return WorkflowAction.fromPath(ComplaintAction.class, path, "complaint.noSuchAction");
    }
}
