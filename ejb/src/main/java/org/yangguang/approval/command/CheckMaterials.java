package org.yangguang.approval.command;

import org.yangguang.approval.ActionRequest;
import org.yangguang.approval.ApprovalCase;
import org.yangguang.shared.SystemText;

/** 核对材料: the clerk ticks the materials at hand (an online application's uploads, say). */
final class CheckMaterials implements CaseCommand {
    @Override
    public SystemText apply(ApprovalCase c, ActionRequest r, ActionContext ctx) {
        c.checkMaterials(r.getMaterials(), ctx.today());
        return SystemText.of("case.note.materialsChecked");
    }
}
