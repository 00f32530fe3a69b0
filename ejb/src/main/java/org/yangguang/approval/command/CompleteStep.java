package org.yangguang.approval.command;

import org.yangguang.approval.ActionRequest;
import org.yangguang.approval.ApprovalCase;
import org.yangguang.approval.CaseStep;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.SystemText;

/** 完成环节: the opinion on the current step, and who handles the next one. */
final class CompleteStep implements CaseCommand {
    @Override
    public SystemText apply(ApprovalCase c, ActionRequest r, ActionContext ctx) {
        String next = r.getAssignee();
        if (next != null && !next.isBlank() && !ctx.directory().isColleague(next.trim(), c.getDepartment())) {
            throw new InvalidInputException(SystemText.of("case.assigneeNotColleague", next));
        }
        String step = c.currentStep().map(CaseStep::getName).orElse("");
        c.completeStep(r.getComment(), next, ctx.today(), ctx.actor(), ctx.calendar());
        return SystemText.of("case.note.stepDone", step);
    }
}
