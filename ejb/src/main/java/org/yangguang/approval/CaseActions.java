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
    public record Performed(String publicNote, CaseDocument document) {}

    public Performed perform(ApprovalCase c, CaseAction action, ActionRequest r, ActionContext ctx) {
        CaseCommand command = CaseCommands.of(action);
        String note = command.apply(c, r, ctx);
        DocumentKind kind = command.issues(c);
        CaseDocument doc = kind == null ? null : issue(c, kind, ctx);
        String comment = action.label() + text(r.getComment()) + text(r.getReason());
        event(c, ctx, action.name(), comment, withDocument(note, doc));
        return new Performed(note, doc);
    }

    /** 收件: the timeline's first entry and the 收件凭证. */
    public CaseDocument received(ApprovalCase c, ActionContext ctx, String comment) {
        CaseDocument receipt = issue(c, DocumentKind.RECEIPT, ctx);
        String note = c.missingMaterials().isEmpty() ? "已收件，材料齐全，待受理审查" : "已收件，待审查材料";
        event(c, ctx, "RECEIVE", comment, withDocument(note, receipt));
        return receipt;
    }

    /** 视为受理 by law (nobody gave a correction notice in time): the 受理通知书 says so. */
    public void deemAccepted(ApprovalCase c, ActionContext ctx) {
        c.deemAcceptedByLaw(ctx.today(), ctx.calendar());
        CaseDocument doc = issue(c, DocumentKind.ACCEPTANCE, ctx);
        event(c, ctx, "DEEMED_ACCEPT", "收件后5个工作日内未告知补正，依法视为受理", withDocument("依法自收件之日（"
                + c.getReceivedOn() + "）起视为受理，承诺办结日期 " + c.getPromisedDeadline(), doc));
    }

    private CaseDocument issue(ApprovalCase c, DocumentKind kind, ActionContext ctx) {
        return documents.issue(c, kind, ctx.today(), ctx.at(), ctx.actor());
    }

    private void event(ApprovalCase c, ActionContext ctx, String action, String comment, String publicNote) {
        String text = ctx.origin() == null ? comment : ctx.origin() + "：" + comment;
        em.persist(new CaseEvent(c, ctx.at(), ctx.actor(), action, clip(text, 2000), publicNote == null ? null : clip(publicNote, 500), null));
    }

    private static String withDocument(String note, CaseDocument doc) {
        if (doc == null) return note;
        String issued = "已出具《" + doc.getTitle() + "》" + doc.getNumber();
        return note == null ? issued : note + "；" + issued;
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? "" : "：" + s.trim();
    }
}
