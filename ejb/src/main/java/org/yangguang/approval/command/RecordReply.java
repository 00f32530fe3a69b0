package org.yangguang.approval.command;

import org.yangguang.approval.ActionRequest;
import org.yangguang.approval.ApprovalCase;
import org.yangguang.shared.SystemText;

/** 登记上级答复: the case goes on with the upper level's reply. */
final class RecordReply implements CaseCommand {
    @Override
    public SystemText apply(ApprovalCase c, ActionRequest r, ActionContext ctx) {
        c.recordUpperReply(r.getComment(), ctx.today(), ctx.calendar());
        return SystemText.of("case.note.replyRecorded");
    }
}
