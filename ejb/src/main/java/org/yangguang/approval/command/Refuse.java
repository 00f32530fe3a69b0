package org.yangguang.approval.command;

import org.yangguang.approval.ActionRequest;
import org.yangguang.approval.ApprovalCase;
import org.yangguang.approval.document.DocumentKind;

/** 不予受理: issues the 不予受理决定书 with the reasons and the applicant's rights. */
final class Refuse implements CaseCommand {
    @Override
    public String apply(ApprovalCase c, ActionRequest r, ActionContext ctx) {
        c.refuse(r.getReason(), ctx.today());
        return "不予受理：" + c.getRefusalReason();
    }

    @Override
    public DocumentKind issues(ApprovalCase c) {
        return DocumentKind.REFUSAL;
    }
}
