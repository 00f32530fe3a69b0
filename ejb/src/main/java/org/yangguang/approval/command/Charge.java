package org.yangguang.approval.command;

import org.yangguang.approval.ActionRequest;
import org.yangguang.approval.ApprovalCase;
import org.yangguang.shared.SystemText;

/** 收费: the single fee bill. */
final class Charge implements CaseCommand {
    @Override
    public SystemText apply(ApprovalCase c, ActionRequest r, ActionContext ctx) {
        c.charge(r.getAmounts(), r.getReason(), ctx.today());
        return SystemText.of("case.note.charged", c.totalFee().toPlainString());
    }
}
