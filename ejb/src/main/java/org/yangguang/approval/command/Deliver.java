package org.yangguang.approval.command;

import org.yangguang.approval.ActionRequest;
import org.yangguang.approval.ApprovalCase;
import org.yangguang.approval.document.DocumentKind;
import org.yangguang.shared.SystemText;

/** 送达: the case is concluded; the 送达回证 records how the decision reached the applicant. */
final class Deliver implements CaseCommand {
    @Override
    public SystemText apply(ApprovalCase c, ActionRequest r, ActionContext ctx) {
        c.deliver(r.getDeliveryMethod(), r.getTrackingNumber(), ctx.today());
        var k = c.getConclusion();
        return k.getTrackingNumber() == null ? SystemText.of("case.note.delivered", k.getDeliveryMethod())
                : SystemText.of("case.note.deliveredTracked", k.getDeliveryMethod(), k.getTrackingNumber());
    }

    @Override
    public DocumentKind issues(ApprovalCase c) {
        return DocumentKind.DELIVERY;
    }
}
