package org.yangguang.approval.command;

import org.yangguang.approval.ActionRequest;
import org.yangguang.approval.ApprovalCase;
import org.yangguang.shared.SystemText;

/** 结束特别程序: the clock runs again, the deadlines move by the days it stood. */
final class EndSpecialProcedure implements CaseCommand {
    @Override
    public SystemText apply(ApprovalCase c, ActionRequest r, ActionContext ctx) {
        c.endSpecialProcedure(r.getReason(), ctx.today(), ctx.calendar());
        return SystemText.of("case.note.procedureEnded", c.getPromisedDeadline());
    }
}
