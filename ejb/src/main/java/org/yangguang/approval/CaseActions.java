package org.yangguang.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.yangguang.approval.command.ActionContext;
import org.yangguang.approval.command.CaseCommand;
import org.yangguang.approval.command.CaseCommands;
import org.yangguang.approval.document.CaseDocument;
import org.yangguang.approval.document.CaseDocuments;
import org.yangguang.approval.document.DocumentKind;
import org.yangguang.shared.SystemText;

/**
 * Takes actions on cases the same way for everyone who does it (the intranet, the REST API, the
 * legacy import, the demo data, the nightly deemed acceptance): the command changes the case, the
 * document the action creates is issued, and the timeline records both. Runs in the caller's
 * transaction; who may act is the caller's check ({@link CaseTransitions#check(ApprovalCase,
 * CaseAction, Caller, java.time.LocalDate)}).
 */
@ApplicationScoped
public class CaseActions {

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseDocuments documents;

    /** What an action did: the note for the applicant and the document issued (either may be null). */
    public record Performed(SystemText publicNote, CaseDocument document) {}

    public Performed perform(ApprovalCase c, CaseAction action, ActionRequest r, ActionContext ctx) {
        CaseCommand command = CaseCommands.of(action);
        SystemText note = command.apply(c, r, ctx);
        DocumentKind kind = command.issues(c);
        CaseDocument doc = kind == null ? null : issue(c, kind, ctx);
        // the action in words, then what the actor wrote (as written)
        SystemText comment = SystemText.of("case.comment.action", action);
        if (r.getComment() != null && !r.getComment().isBlank()) comment = SystemText.of("text.with", comment, r.getComment().trim());
        if (r.getReason() != null && !r.getReason().isBlank()) comment = SystemText.of("text.with", comment, r.getReason().trim());
        event(c, ctx, action.name(), comment, withDocument(note, doc));
        return new Performed(note, doc);
    }

    /**
     * The document the action would issue, after applying it to the case in memory; null if it issues
     * none. Records nothing: the caller rolls the transaction back.
     */
    public CaseDocument preview(ApprovalCase c, CaseAction action, ActionRequest r, ActionContext ctx) {
        CaseCommand command = CaseCommands.of(action);
        command.apply(c, r, ctx);
        DocumentKind kind = command.issues(c);
        return kind == null ? null : documents.preview(c, kind, ctx.today(), ctx.at(), ctx.actor());
    }

    /** 收件: the timeline's first entry and the 收件凭证. */
    public CaseDocument received(ApprovalCase c, ActionContext ctx, SystemText comment) {
        CaseDocument receipt = issue(c, DocumentKind.RECEIPT, ctx);
        SystemText note = SystemText.of(c.missingMaterials().isEmpty() ? "case.note.receivedComplete" : "case.note.received");
        event(c, ctx, "RECEIVE", comment, withDocument(note, receipt));
        return receipt;
    }

    /** 视为受理 by law (nobody gave a correction notice in time): the 受理通知书 says so. */
    public void deemAccepted(ApprovalCase c, ActionContext ctx) {
        c.deemAcceptedByLaw(ctx.today(), ctx.calendar());
        CaseDocument doc = issue(c, DocumentKind.ACCEPTANCE, ctx);
        event(c, ctx, "DEEMED_ACCEPT", SystemText.of("case.comment.deemedAccepted"),
                withDocument(SystemText.of("case.note.deemedAccepted", c.getReceivedOn(), c.getPromisedDeadline()), doc));
    }

    private CaseDocument issue(ApprovalCase c, DocumentKind kind, ActionContext ctx) {
        return documents.issue(c, kind, ctx.today(), ctx.at(), ctx.actor());
    }

    private void event(ApprovalCase c, ActionContext ctx, String action, SystemText comment, SystemText publicNote) {
        SystemText text = ctx.origin() == null ? comment : SystemText.of("text.with", ctx.origin(), comment);
        em.persist(new CaseEvent(c, ctx.at(), ctx.actor(), action, text, publicNote, null));
    }

    private static SystemText withDocument(SystemText note, CaseDocument doc) {
        if (doc == null) return note;
        SystemText issued = SystemText.of("case.note.documentIssued", doc.getKind(), doc.getNumber());
        return note == null ? issued : SystemText.of("text.then", note, issued);
    }
}
