package org.yangguang.approval.command;

import org.yangguang.approval.ActionRequest;
import org.yangguang.approval.ApprovalCase;

/** 结束特别程序: the clock runs again, the deadlines move by the days it stood. */
final class EndSpecialProcedure implements CaseCommand {
    @Override
    public String apply(ApprovalCase c, ActionRequest r, ActionContext ctx) {
        c.endSpecialProcedure(r.getReason(), ctx.today(), ctx.calendar());
        return "特别程序结束，恢复计时，承诺办结日期 " + c.getPromisedDeadline();
    }
}
