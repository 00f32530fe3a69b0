package org.yangguang.approval.command;

import org.yangguang.approval.ActionRequest;
import org.yangguang.approval.ApprovalCase;

/** 收费: the single fee bill. */
final class Charge implements CaseCommand {
    @Override
    public String apply(ApprovalCase c, ActionRequest r, ActionContext ctx) {
        c.charge(r.getAmounts(), r.getReason(), ctx.today());
        return "收费合计 " + c.totalFee() + " 元";
    }
}
