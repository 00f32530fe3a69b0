package org.yangguang.approval.command;

import org.yangguang.approval.ActionRequest;
import org.yangguang.approval.ApprovalCase;

/** 登记上级答复: the case goes on with the upper level's reply. */
final class RecordReply implements CaseCommand {
    @Override
    public String apply(ApprovalCase c, ActionRequest r, ActionContext ctx) {
        c.recordUpperReply(r.getComment(), ctx.today(), ctx.calendar());
        return "已收到上级机关答复";
    }
}
