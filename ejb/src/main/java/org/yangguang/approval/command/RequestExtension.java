package org.yangguang.approval.command;

import org.yangguang.approval.ActionRequest;
import org.yangguang.approval.ApprovalCase;
import org.yangguang.shared.SystemText;

/** 申请延期: the case worker asks; the approver's to-do list shows it. Internal: nothing for the applicant yet. */
final class RequestExtension implements CaseCommand {
    @Override
    public SystemText apply(ApprovalCase c, ActionRequest r, ActionContext ctx) {
        c.requestExtension(r.getDays() == null ? 0 : r.getDays(), r.getReason(), ctx.actor(), ctx.today());
        return null;
    }
}
