package org.yangguang.approval.command;

import org.yangguang.approval.ActionRequest;
import org.yangguang.approval.ApprovalCase;

/** 上报: the preliminary review is done; the upper level decides. */
final class Report implements CaseCommand {
    @Override
    public String apply(ApprovalCase c, ActionRequest r, ActionContext ctx) {
        c.report(r.getComment(), ctx.today(), ctx.actor(), ctx.calendar());
        return "初审完毕，已报上级机关审批";
    }
}
