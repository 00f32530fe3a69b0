package org.yangguang.approval.command;

import org.yangguang.approval.ActionRequest;
import org.yangguang.approval.ApprovalCase;
import org.yangguang.approval.CaseStop;
import org.yangguang.approval.document.DocumentKind;
import org.yangguang.shared.SystemText;

/** 启动特别程序: the clock stops; the applicant is told in writing how long it will take. */
final class StartSpecialProcedure implements CaseCommand {
    @Override
    public SystemText apply(ApprovalCase c, ActionRequest r, ActionContext ctx) {
        c.startSpecialProcedure(r.getProcedureType(), r.getReason(), r.getDays() == null ? 0 : r.getDays(), ctx.today(),
                ctx.calendar());
        CaseStop stop = c.getClock().openStop().orElseThrow();
        return SystemText.of("case.note.procedureStarted", stop.getType(), stop.getExpectedDays(), stop.getPlannedEnd());
    }

    @Override
    public DocumentKind issues(ApprovalCase c) {
        return DocumentKind.SPECIAL_PROCEDURE;
    }
}
