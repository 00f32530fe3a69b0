package org.yangguang.approval.command;

import org.yangguang.approval.ActionRequest;
import org.yangguang.approval.ApprovalCase;
import org.yangguang.approval.document.DocumentKind;
import org.yangguang.shared.SystemText;

/** 一次性告知补正: issues the 补正告知书 listing everything missing. */
final class RequestCorrection implements CaseCommand {
    @Override
    public SystemText apply(ApprovalCase c, ActionRequest r, ActionContext ctx) {
        c.requestCorrection(r.getMaterials(), r.getReason(), r.isConfirmed(), ctx.today());
        return SystemText.of("case.note.correctionRequested", SystemText.literals(c.getCheck().getNotifiedMaterials()));
    }

    @Override
    public DocumentKind issues(ApprovalCase c) {
        return DocumentKind.CORRECTION;
    }
}
