package org.yangguang.approval.command;

import org.yangguang.approval.ActionRequest;
import org.yangguang.approval.ApprovalCase;

/** 核对材料: the clerk ticks the materials at hand (an online application's uploads, say). */
final class CheckMaterials implements CaseCommand {
    @Override
    public String apply(ApprovalCase c, ActionRequest r, ActionContext ctx) {
        c.checkMaterials(r.getMaterials(), ctx.today());
        return "材料已核对";
    }
}
