package org.yangguang.approval.command;

import org.yangguang.approval.ActionRequest;
import org.yangguang.approval.ApprovalCase;
import org.yangguang.shared.SystemText;

/** 上报: the preliminary review is done; the upper level decides. */
final class Report implements CaseCommand {
    @Override
    public SystemText apply(ApprovalCase c, ActionRequest r, ActionContext ctx) {
        c.report(r.getComment(), ctx.today(), ctx.actor(), ctx.calendar());
        return SystemText.of("case.note.reported");
    }
}
