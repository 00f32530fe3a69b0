package org.yangguang.interaction.rating;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yangguang.approval.ApprovalCase;
import org.yangguang.audit.AuditLog;
import org.yangguang.security.CurrentUser;
import org.yangguang.security.Role;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.SystemText;

/**
 * 好差评 of cases, and of the answers to disclosure requests, complaints and letters: the applicant rates online with the receipt number and query code, or at the
 * window, where the clerk enters the rating for the applicant (marked as such, with the clerk's
 * name). Each event of a case is rated once; nobody can change a rating afterwards.
 */
@Stateless
public class RatingService {
    static final String AUDIT_TYPE = "Rating";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * A rating through public tracking: of a case (the default) or of a disclosure request, a
     * complaint or a letter, each by its own number and query code. An unknown number and a wrong
     * query code get the same answer, so that the form cannot be used to probe which numbers exist.
     */
    @PermitAll
    public Rating rateOnline(@NotNull @Valid NewRating r) {
        RatingTarget t = withCode(r.subjectOrCase(), r.getReceiptNumber(), r.getQueryCode());
        Rating rating = rate(t, r, RatingChannel.ONLINE, null);
        audit.recordAs("online", "RATING_GIVE", AUDIT_TYPE, key(rating), null, summary(rating));
        return rating;
    }

    /** 窗口评价: the clerk of the case's department enters the applicant's rating at the window. */
    @RolesAllowed(Role.DEPT_CLERK_NAME)
    public Rating rateAtWindow(@NotBlank String receiptNumber, @NotNull @Valid RatingInput r) {
        ApprovalCase c = byNumber(receiptNumber.trim())
                .orElseThrow(() -> new NotFoundException(SystemText.of("case.notFound", receiptNumber)));
        currentUser.requireActsFor(c.getDepartment());
        Rating rating = rate(RatingTarget.of(c), r, RatingChannel.WINDOW, currentUser.username());
        audit.record("RATING_WINDOW", AUDIT_TYPE, key(rating), null, summary(rating));
        return rating;
    }

    /** The ratings of a case and what can be rated now, for public tracking. */
    @PermitAll
    public CaseRatings ofCase(@NotBlank String receiptNumber, @NotBlank String queryCode) {
        return ofSubject(RatingSubject.CASE, receiptNumber, queryCode);
    }

    /** The ratings of any subject and what can be rated now, for its public tracking. */
    @PermitAll
    public CaseRatings ofSubject(@NotNull RatingSubject subject, @NotBlank String number, @NotBlank String queryCode) {
        return ratings(withCode(subject, number, queryCode));
    }

    /**
     * The same for staff (the case page), with the whole ratings (the contact of a real-name one,
     * the clerk of a window one); a department sees its own cases only.
     */
    @RolesAllowed({Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME, Role.OFFICE_ADMIN_NAME, Role.SUPERVISOR_NAME})
    public StaffRatings forStaff(@NotBlank String receiptNumber) {
        ApprovalCase c = byNumber(receiptNumber.trim())
                .orElseThrow(() -> new NotFoundException(SystemText.of("case.notFound", receiptNumber)));
        if (currentUser.seesOwnCasesOnly()) currentUser.requireActsFor(c.getDepartment());
        Map<Rating, Rectification> given = given(RatingSubject.CASE, c.getId());
        return new StaffRatings(List.copyOf(given.keySet()),
                given.keySet().stream().map(r -> given.get(r) == null ? null : given.get(r).getStatus()).toList(),
                List.copyOf(RatingRules.rateable(c.getStatus(), c.getAcceptedOn(), history(given))));
    }

    /** What staff see of a case's ratings: each with where its rectification stands (null: none). */
    public record StaffRatings(List<Rating> given, List<RectificationStatus> rectifications, List<RatedEvent> rateable)
            implements java.io.Serializable {}

    /** How many replies to rectified bad ratings the guide shows. */
    static final int PUBLIC_REPLIES = 5;

    /**
     * The public results of a matter (by its id) and its department: counts and shares satisfied
     * without the unfounded ratings, and the latest replies to rectified bad ratings of the matter.
     */
    @PermitAll
    public PublicResults publicResults(long matterId, long departmentId) {
        List<Rectification> replies = em.createQuery("select x from Rectification x join fetch x.rating"
                + " where x.status = :rectified and x.rating.matterId = :m order by x.reportedOn desc, x.id desc", Rectification.class)
                .setParameter("rectified", RectificationStatus.RECTIFIED).setParameter("m", matterId)
                .setMaxResults(PUBLIC_REPLIES).getResultList();
        return new PublicResults(tally(TALLY_MATTER, matterId), tally(TALLY_DEPARTMENT, departmentId),
                replies.stream().map(x -> new PublicResults.Reply(x.getRating().getRatedOn(), x.getRating().getEvent(),
                        x.getRating().getLevel(), x.getRating().getReasons(), x.getReport(), x.getReportedOn())).toList());
    }

    /*
     * The guide's results count the ratings of cases only, as they always did: they are the results
     * of a matter's service and of the department's services of the catalog (办事服务). The answers
     * to disclosure requests, complaints and letters are rated too (and their bad ratings rectified),
     * but they are not services of a matter, and mixing them in would change what the published
     * figures mean from one day to the next. The scores (ScoreService) count cases only for the same reason.
     */
    private static final String TALLY = "select count(g), coalesce(sum(case when g.level in :satisfied then 1 else 0 end), 0)"
            + " from Rating g where g.subject = :cases and %s and not exists (select x from Rectification x where x.rating = g and x.status = :unfounded)";
    private static final String TALLY_MATTER = TALLY.formatted("g.matterId = :id");
    private static final String TALLY_DEPARTMENT = TALLY.formatted("g.departmentId = :id");

    /** Count and satisfied of the ratings of one matter or department (a fixed query), the unfounded ones left out. */
    private PublicResults.Tally tally(String query, long id) {
        Object[] row = em.createQuery(query, Object[].class)
                .setParameter("id", id).setParameter("cases", RatingSubject.CASE).setParameter("unfounded", RectificationStatus.UNFOUNDED)
                .setParameter("satisfied", java.util.Arrays.stream(RatingLevel.values()).filter(RatingLevel::isSatisfied).toList())
                .getSingleResult();
        return new PublicResults.Tally(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    // ------------------------------------------------------------------ helpers

    private Rating rate(RatingTarget t, RatingInput r, RatingChannel channel, String clerk) {
        int round = RatingRules.requireRateable(t.type(), r.getEvent(), t.over(), history(given(t.type(), t.id())));
        Rating.Subject subject = t.subject();
        Rating.Rater rater = new Rating.Rater(channel, r.isRealName() ? t.contactName() : null,
                r.isRealName() ? t.contactPhone() : null, clerk);
        Rating rating = new Rating(subject, r.getEvent(), round, r.getLevel(), r.getReasons(), r.getText(), rater,
                clock.instant(), LocalDate.now(clock));
        em.persist(rating);
        try {
            em.flush(); // the unique key decides between two ratings sent at the same moment
        } catch (PersistenceException e) {
            throw new ConflictException(t.type() == RatingSubject.CASE ? SystemText.of("rating.alreadyGiven", r.getEvent())
                    : SystemText.of("rating.answerAlreadyRated"));
        }
        // 差评: the supervision office verifies it with a return visit, the department responsible rectifies
        if (rating.getLevel().isBad()) em.persist(new Rectification(rating, rating.getRatedOn()));
        return rating;
    }

    private CaseRatings ratings(RatingTarget t) {
        Map<Rating, Rectification> given = given(t.type(), t.id());
        // a letter the office answered itself has no department to rectify a bad rating: not rateable
        List<RatedEvent> rateable = t.departmentId() == null ? List.of()
                : List.copyOf(RatingRules.rateable(t.over(), history(given)));
        return new CaseRatings(t.number(),
                given.entrySet().stream().map(e -> RatingView.of(e.getKey(), e.getValue())).toList(), rateable);
    }

    /** The subject's ratings in order (event, round), each with its rectification (null: none). */
    private Map<Rating, Rectification> given(RatingSubject subject, long id) {
        List<Rating> ratings = em.createNamedQuery("Rating.ofSubject", Rating.class).setParameter("subject", subject)
                .setParameter("id", id).getResultList();
        Map<Long, Rectification> byRating = new java.util.HashMap<>();
        if (!ratings.isEmpty()) {
            em.createNamedQuery("Rectification.ofRatings", Rectification.class)
                    .setParameter("ids", ratings.stream().map(Rating::getId).toList()).getResultList()
                    .forEach(x -> byRating.put(x.getRating().getId(), x));
        }
        Map<Rating, Rectification> out = new LinkedHashMap<>();
        ratings.forEach(r -> out.put(r, byRating.get(r.getId())));
        return out;
    }

    private static List<RatingRules.Given> history(Map<Rating, Rectification> given) {
        return given.entrySet().stream().map(e -> new RatingRules.Given(e.getKey().getEvent(), e.getKey().getRound(),
                e.getValue() == null ? null : e.getValue().getStatus())).toList();
    }

    private RatingTarget withCode(RatingSubject subject, String number, String queryCode) {
        return RatingTarget.find(em, subject, number.trim())
                .filter(x -> x.queryCode().equalsIgnoreCase(queryCode.trim()))
                // the same answer for an unknown number and a wrong code: nothing to probe
                .orElseThrow(() -> new InvalidInputException(RatingTarget.wrongNumberOrCode(subject)));
    }

    private java.util.Optional<ApprovalCase> byNumber(String receiptNumber) {
        return em.createNamedQuery("ApprovalCase.findByReceiptNumber", ApprovalCase.class)
                .setParameter("receiptNumber", receiptNumber).getResultStream().findFirst();
    }

    private static String key(Rating r) {
        return r.getSubjectNumber() + "/" + r.getEvent().name() + "/" + r.getRound();
    }

    private static String summary(Rating r) {
        return (r.getSubject() == RatingSubject.CASE ? "" : r.getSubject().label()) + r.getEvent().label() + "：" + r.getLevel().label() + "，" + r.getChannel().label()
                + (r.isAnonymous() ? "，匿名" : "，实名");
    }
}
