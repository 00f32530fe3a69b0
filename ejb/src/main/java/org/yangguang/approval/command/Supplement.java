package org.yangguang.approval.command;

import org.yangguang.approval.ActionRequest;
import org.yangguang.approval.ApprovalCase;
import org.yangguang.shared.SystemText;

/** 补正材料: the applicant handed in what was missing. */
final class Supplement implements CaseCommand {
    @Override
    public SystemText apply(ApprovalCase c, ActionRequest r, ActionContext ctx) {
        c.supplement(r.getMaterials(), ctx.today());
        return SystemText.of("case.note.supplemented");
    }
}
