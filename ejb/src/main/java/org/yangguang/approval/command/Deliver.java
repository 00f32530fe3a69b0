package org.yangguang.approval.command;

import org.yangguang.approval.ActionRequest;
import org.yangguang.approval.ApprovalCase;
import org.yangguang.approval.document.DocumentKind;

/** 送达: the case is concluded; the 送达回证 records how the decision reached the applicant. */
final class Deliver implements CaseCommand {
    @Override
    public String apply(ApprovalCase c, ActionRequest r, ActionContext ctx) {
        c.deliver(r.getDeliveryMethod(), r.getTrackingNumber(), ctx.today());
        var k = c.getConclusion();
        return "已送达（" + k.getDeliveryMethod().label() + (k.getTrackingNumber() == null ? "" : "，单号 " + k.getTrackingNumber())
                + "），办结";
    }

    @Override
    public DocumentKind issues(ApprovalCase c) {
        return DocumentKind.DELIVERY;
    }
}
