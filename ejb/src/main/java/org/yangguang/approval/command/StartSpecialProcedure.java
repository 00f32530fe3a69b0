package org.yangguang.approval.command;

import org.yangguang.approval.ActionRequest;
import org.yangguang.approval.ApprovalCase;
import org.yangguang.approval.CaseStop;
import org.yangguang.approval.document.DocumentKind;

/** 启动特别程序: the clock stops; the applicant is told in writing how long it will take. */
final class StartSpecialProcedure implements CaseCommand {
    @Override
    public String apply(ApprovalCase c, ActionRequest r, ActionContext ctx) {
        c.startSpecialProcedure(r.getProcedureType(), r.getReason(), r.getDays() == null ? 0 : r.getDays(), ctx.today(),
                ctx.calendar());
        CaseStop stop = c.getClock().openStop().orElseThrow();
        return "进入特别程序（" + stop.getType().label() + "），预计" + stop.getExpectedDays() + "天，至"
                + stop.getPlannedEnd() + "，期间不计入办理时限";
    }

    @Override
    public DocumentKind issues(ApprovalCase c) {
        return DocumentKind.SPECIAL_PROCEDURE;
    }
}
