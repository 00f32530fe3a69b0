package org.yangguang.approval.command;

import org.yangguang.approval.ActionRequest;
import org.yangguang.approval.ApprovalCase;
import org.yangguang.approval.document.DocumentKind;
import org.yangguang.shared.SystemText;

/** 受理: issues the 受理通知书 with the deadlines as they are today. */
final class Accept implements CaseCommand {
    @Override
    public SystemText apply(ApprovalCase c, ActionRequest r, ActionContext ctx) {
        c.accept(ctx.today(), ctx.actor(), ctx.calendar());
        return SystemText.of("case.note.accepted", c.getPromisedDeadline());
    }

    @Override
    public DocumentKind issues(ApprovalCase c) {
        return DocumentKind.ACCEPTANCE;
    }
}
