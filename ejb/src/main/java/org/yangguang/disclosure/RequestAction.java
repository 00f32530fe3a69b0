package org.yangguang.disclosure;

import org.yangguang.shared.WorkflowAction;

/**
 * The actions on a disclosure request; their paths are the REST action path segments and the
 * names {@code allowedActions} lists; each has its code in the audit trail.
 */
public enum RequestAction implements WorkflowAction {
    /** 一次性告知补正 (条例 第三十条). */
    NOTICE_CORRECTION("correction-notice", "补正告知", "DISCLOSURE_CORRECTION_NOTICE"),
    /** A correction that came by post, e-mail or in person (the applicant's own goes through tracking). */
    RECORD_CORRECTION("correction", "登记收到补正", "DISCLOSURE_CORRECTED"),
    /** 征求第三方意见 (条例 第三十二条): the time until the answer does not count. */
    CONSULT("consult", "征求第三方意见", "DISCLOSURE_CONSULT"),
    RECORD_CONSULTATION("consulted", "登记第三方意见", "DISCLOSURE_CONSULTED"),
    /** 延长答复期限 (条例 第三十三条第二款): once, at most 20 working days. */
    EXTEND("extend", "延长答复期限", "DISCLOSURE_EXTEND"),
    /** 收费通知 (条例 第四十二条). */
    NOTICE_FEE("fee-notice", "发出收费通知", "DISCLOSURE_FEE_NOTICE"),
    RECORD_PAYMENT("fee-paid", "登记缴费", "DISCLOSURE_FEE_PAID"),
    /** A file the reply delivers (uploaded on its own endpoint, not posted as JSON). */
    ATTACH_FILE("attach-file", "上传答复附件", "DISCLOSURE_ATTACH"),
    REMOVE_FILE("remove-file", "删除答复附件", "DISCLOSURE_DETACH"),
    /** 答复 (条例 第三十六条), with exactly one outcome of the annual report. */
    REPLY("reply", "答复", "DISCLOSURE_REPLY"),
    /** 行政复议 or 行政诉讼 against the reply. */
    RECORD_REMEDY("remedy", "登记复议或诉讼", "DISCLOSURE_REMEDY"),
    DECIDE_REMEDY("remedy-decided", "登记复议或诉讼结果", "DISCLOSURE_REMEDY_DECIDED");

    private final Names names;

    RequestAction(String path, String label, String auditCode) {
        this.names = new Names(path, label, auditCode);
    }

    @Override
    public Names names() {
        return names;
    }

    /** Whether it is posted as JSON to {@code …/requests/{number}/{path}} (an upload has its own endpoint). */
    @Override
    public boolean isPosted() {
        return this != ATTACH_FILE;
    }

    /** The action a REST path names; an unknown one is not found. */
    public static RequestAction fromPath(String path) {
        return WorkflowAction.fromPath(RequestAction.class, path, "request.noSuchAction");
    }
}
