package org.yangguang.approval.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.yangguang.approval.ApprovalCase;
import org.yangguang.approval.ReceiptNumbers;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.SystemText;

/**
 * Issues documents and reads them back. Issuing numbers the document on its department's
 * sequence for the kind and year, renders its text from the case as it stands, and stores it;
 * runs in the caller's transaction (the action that creates the document).
 */
@ApplicationScoped
public class CaseDocuments {
    private static final int NUMBER_RETRIES = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    ReceiptNumbers counters;

    public CaseDocument issue(ApprovalCase c, DocumentKind kind, LocalDate on, Instant at, String by) {
        CaseDocument delivered = kind == DocumentKind.DELIVERY ? latestDecision(c).orElse(null) : null;
        String body = DocumentTexts.body(kind, c, on, delivered);
        int year = on.getYear();
        int seq = nextSeq(counter(c, kind, year));
        String number = kind.number(c.getDepartment().documentPrefix(), year, seq);
        CaseDocument d = new CaseDocument(c, kind, year, seq, number, on, at, by, c.getApplicant().getName(), body);
        em.persist(d);
        return d;
    }

    /**
     * The document that issuing would make now, never stored and numbered with the next number of its
     * sequence without taking it: what the approver reads before 确认. The case must already be as the
     * issuing action leaves it (the caller changes it in a transaction it rolls back).
     */
    public CaseDocument preview(ApprovalCase c, DocumentKind kind, LocalDate on, Instant at, String by) {
        String body = DocumentTexts.body(kind, c, on, null);
        int year = on.getYear();
        int seq = counters.peekValue(counter(c, kind, year));
        return new CaseDocument(c, kind, year, seq, kind.number(c.getDepartment().documentPrefix(), year, seq), on, at, by,
                c.getApplicant().getName(), body);
    }

    /** One sequence per department, kind and year. */
    private static String counter(ApprovalCase c, DocumentKind kind, int year) {
        return "D" + c.getDepartment().getId() + "-" + kind.ordinal() + "-" + year;
    }

    private int nextSeq(String counter) {
        for (int attempt = 1; ; attempt++) {
            try {
                return counters.nextValue(counter);
            } catch (ReceiptNumbers.SequenceRaceException e) {
                if (attempt >= NUMBER_RETRIES) throw new ConflictException(SystemText.of("case.documentNumberBusy"));
            }
        }
    }

    /** The documents issued on the case, oldest first. */
    public List<CaseDocument> of(ApprovalCase c) {
        return em.createNamedQuery("CaseDocument.ofCase", CaseDocument.class).setParameter("c", c).getResultList();
    }

    /** One document of the case (never another case's). */
    public Optional<CaseDocument> find(ApprovalCase c, long id) {
        return Optional.ofNullable(em.find(CaseDocument.class, id)).filter(d -> d.getApprovalCase().equals(c));
    }

    /** The last document of a kind on the case. */
    public Optional<CaseDocument> latest(ApprovalCase c, DocumentKind kind) {
        return of(c).stream().filter(d -> d.getKind() == kind).reduce((a, b) -> b);
    }

    private Optional<CaseDocument> latestDecision(ApprovalCase c) {
        return of(c).stream().filter(d -> d.getKind() == DocumentKind.GRANT || d.getKind() == DocumentKind.PARTIAL_GRANT
                || d.getKind() == DocumentKind.DENIAL).reduce((a, b) -> b);
    }
}
