package org.yangguang.approval.command;

import org.yangguang.approval.ActionRequest;
import org.yangguang.approval.ApprovalCase;
import org.yangguang.approval.document.DocumentKind;
import org.yangguang.shared.SystemText;

/** 决定: the approver's decision, issued as the 准予 / 部分准予 / 不予行政许可决定书. */
final class Decide implements CaseCommand {
    @Override
    public SystemText apply(ApprovalCase c, ActionRequest r, ActionContext ctx) {
        c.decide(r.getDecision(), r.getReason(), ctx.today(), ctx.actor(), ctx.calendar());
        String reason = c.getConclusion().getReason();
        return reason == null ? SystemText.of("case.note.decided", c.getDecision())
                : SystemText.of("case.note.decidedWithReason", c.getDecision(), reason);
    }

    @Override
    public DocumentKind issues(ApprovalCase c) {
        return switch (c.getDecision()) {
            case APPROVED -> DocumentKind.GRANT;
            case PARTIAL -> DocumentKind.PARTIAL_GRANT;
            case DENIED -> DocumentKind.DENIAL;
        };
    }
}
