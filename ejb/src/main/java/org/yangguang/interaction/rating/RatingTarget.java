package org.yangguang.interaction.rating;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.Set;
import org.yangguang.approval.ApprovalCase;
import org.yangguang.disclosure.DisclosureRequest;
import org.yangguang.disclosure.RequestStatus;
import org.yangguang.interaction.letter.Letter;
import org.yangguang.interaction.letter.LetterStatus;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.SystemText;
import org.yangguang.supervision.Complaint;
import org.yangguang.supervision.ComplaintStatus;

/**
 * What a rating is about, as the rating needs it: the subject by its own number, its query code,
 * the department responsible (who rectifies a bad rating), the rater's contact for a real-name
 * rating, and the events that have happened.
 *
 * @param departmentId null only for a letter the office answered itself, which no department can rectify
 */
record RatingTarget(RatingSubject type, long id, String number, String queryCode, Long departmentId, Long matterId,
        String contactName, String contactPhone, Set<RatedEvent> over) {

    /** The subject as the rating keeps it; refused where no department is responsible for the answer. */
    Rating.Subject subject() {
        if (departmentId == null) throw new ConflictException(SystemText.of("rating.letterAnsweredByOffice"));
        return new Rating.Subject(type, id, number, departmentId, matterId);
    }

    /** The subject of this type with this number, if there is one. */
    static Optional<RatingTarget> find(EntityManager em, RatingSubject type, String number) {
        return switch (type) {
            case CASE -> em.createNamedQuery("ApprovalCase.findByReceiptNumber", ApprovalCase.class)
                    .setParameter("receiptNumber", number).getResultStream().findFirst().map(RatingTarget::of);
            case DISCLOSURE_REQUEST -> em.createNamedQuery("DisclosureRequest.findByNumber", DisclosureRequest.class)
                    .setParameter("number", number).getResultStream().findFirst().map(RatingTarget::of);
            case COMPLAINT -> em.createNamedQuery("Complaint.findByNumber", Complaint.class)
                    .setParameter("number", number).getResultStream().findFirst().map(RatingTarget::of);
            case LETTER -> em.createNamedQuery("Letter.findByNumber", Letter.class)
                    .setParameter("number", number).getResultStream().findFirst().map(l -> ofLetter(em, l));
        };
    }

    /** The refusal for an unknown number or a wrong code, alike, in the words of the subject's own tracking. */
    static SystemText wrongNumberOrCode(RatingSubject type) {
        return switch (type) {
            case CASE -> SystemText.of("case.wrongNumberOrCode");
            case DISCLOSURE_REQUEST -> SystemText.of("request.wrongNumberOrCode");
            case COMPLAINT -> SystemText.of("complaint.wrongNumberOrCode");
            case LETTER -> SystemText.of("letter.wrongNumberOrCode");
        };
    }

    static RatingTarget of(ApprovalCase c) {
        return new RatingTarget(RatingSubject.CASE, c.getId(), c.getReceiptNumber(), c.getQueryCode(), c.getDepartment().getId(),
                c.getMatter() == null ? null : c.getMatter().getId(), c.getApplicant().getName(), c.getApplicant().getPhone(),
                RatingRules.eventsOver(c.getStatus(), c.getAcceptedOn()));
    }

    /** The reply (答复) is the request's conclusion; a request closed without one has nothing to rate. */
    static RatingTarget of(DisclosureRequest r) {
        return new RatingTarget(RatingSubject.DISCLOSURE_REQUEST, r.getId(), r.getNumber(), r.getQueryCode(), r.getDepartmentId(),
                null, r.getApplicantName(), r.getPhone(), RatingRules.concluded(r.getStatus() == RequestStatus.REPLIED));
    }

    /**
     * The outcome: the reply, or the decision not to accept the complaint (with its reason), as a
     * refused case is concluded. The department complained about is the one responsible: it
     * rectifies a bad rating, as it acts on a substantiated complaint.
     */
    static RatingTarget of(Complaint c) {
        return new RatingTarget(RatingSubject.COMPLAINT, c.getId(), c.getNumber(), c.getQueryCode(), c.getDepartmentId(), null,
                c.getComplainantName(), c.getComplainantPhone(), RatingRules.concluded(
                        c.getStatus() == ComplaintStatus.REPLIED || c.getStatus() == ComplaintStatus.NOT_ACCEPTED));
    }

    /**
     * A 投诉 handled as a complaint is the same matter as the complaint, and its writer knows only the
     * letter's number and query code: with them, the writer rates the complaint's outcome (kept as
     * the complaint's rating, so it is rated once whichever way it comes).
     */
    private static RatingTarget ofLetter(EntityManager em, Letter l) {
        Complaint c = l.getComplaintId() == null ? null : em.find(Complaint.class, l.getComplaintId());
        if (c == null) return of(l);
        RatingTarget t = of(c);
        return new RatingTarget(t.type(), t.id(), t.number(), l.getQueryCode(), t.departmentId(), t.matterId(),
                t.contactName(), t.contactPhone(), t.over());
    }

    /**
     * The answer. A 投诉 handled as a complaint has no answer of its own: the complaint's outcome is
     * rated instead (see {@link #ofLetter}). The department that answered is responsible for it.
     */
    static RatingTarget of(Letter l) {
        return new RatingTarget(RatingSubject.LETTER, l.getId(), l.getNumber(), l.getQueryCode(),
                l.isHandledByOffice() ? null : l.getHandlerDepartmentId(), null, l.getWriterName(), l.getWriterPhone(),
                RatingRules.concluded(l.getStatus() == LetterStatus.ANSWERED));
    }
}
