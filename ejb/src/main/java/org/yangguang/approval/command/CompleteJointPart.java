package org.yangguang.approval.command;

import org.yangguang.approval.ActionRequest;
import org.yangguang.approval.ApprovalCase;
import org.yangguang.shared.ForbiddenException;
import org.yangguang.shared.SystemText;

/** 完成联办: a co-handling department gives its opinion on its own part. */
final class CompleteJointPart implements CaseCommand {
    @Override
    public SystemText apply(ApprovalCase c, ActionRequest r, ActionContext ctx) {
        if (ctx.actorDepartment() == null) throw new ForbiddenException(SystemText.of("case.joint.notPartner"));
        c.completeJointPart(ctx.actorDepartment().getCode(), r.getComment(), ctx.today(), ctx.actor());
        return SystemText.of("case.note.jointPartDone", ctx.actorDepartment().getName());
    }
}
