package org.yangguang.approval.command;

import org.yangguang.approval.ActionRequest;
import org.yangguang.approval.ApprovalCase;
import org.yangguang.approval.document.DocumentKind;
import org.yangguang.shared.SystemText;

/** 批准延期: the approver grants the extension; the 延期告知书 states the new deadlines. */
final class Extend implements CaseCommand {
    @Override
    public SystemText apply(ApprovalCase c, ActionRequest r, ActionContext ctx) {
        c.extend(r.getDays() == null ? 0 : r.getDays(), r.getReason(), ctx.actor(), ctx.today(), ctx.calendar());
        return SystemText.of("case.note.extended", c.getExtension().getDays(), c.getExtension().getReason());
    }

    @Override
    public DocumentKind issues(ApprovalCase c) {
        return DocumentKind.EXTENSION;
    }
}
