package org.yangguang.approval.command;

import org.yangguang.approval.ActionRequest;
import org.yangguang.approval.ApprovalCase;
import org.yangguang.approval.document.DocumentKind;
import org.yangguang.shared.SystemText;

/** 不予受理: issues the 不予受理决定书 with the reasons and the applicant's rights. */
final class Refuse implements CaseCommand {
    @Override
    public SystemText apply(ApprovalCase c, ActionRequest r, ActionContext ctx) {
        c.refuse(r.getReason(), ctx.today());
        return SystemText.of("case.note.refused", c.getRefusalReason());
    }

    @Override
    public DocumentKind issues(ApprovalCase c) {
        return DocumentKind.REFUSAL;
    }
}
