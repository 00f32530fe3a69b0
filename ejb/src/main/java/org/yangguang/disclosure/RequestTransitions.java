package org.yangguang.disclosure;

import static org.yangguang.disclosure.RequestAction.*;
import static org.yangguang.disclosure.RequestStatus.*;
import static org.yangguang.shared.TransitionTable.when;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.yangguang.shared.Labelled;
import org.yangguang.shared.SystemText;
import org.yangguang.shared.TransitionTable;
import org.yangguang.shared.TransitionTable.Condition;
import org.yangguang.shared.TransitionTable.Verdict;

/**
 * The state machine of a disclosure request in one table: for each action, the statuses it may
 * start from, who may take it and the conditions of the 条例 that must hold. The entity checks it
 * in every verb, the request page shows a button for each allowed action, and the REST API lists
 * them as {@code allowedActions}. What depends on the values entered (the outcome's own rules, the
 * fee of the applicant's month) is checked by the verb itself.
 */
public final class RequestTransitions {

    /** Who may take an action. */
    public enum Who implements Labelled {
        /** A disclosure editor (信息公开工作机构) of the request's agency, or of the government's office (all agencies). */
        EDITOR("信息公开工作人员");

        private final String label;

        Who(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /**
     * Who asks: a disclosure editor of one agency ({@code departmentId}), of the government's
     * disclosure office (no department: every agency), or someone who only reads.
     */
    public record Caller(String username, boolean editor, Long departmentId) implements Serializable {
        /** The nightly job and the demo data: the request's own rules only. */
        public static Caller system(String name) {
            return new Caller(name, true, null);
        }
    }

    /** What the conditions read besides the request: the day, and the request's remedies still pending. */
    public record Situation(LocalDate today, long pendingRemedies) implements Serializable {
        public static Situation on(LocalDate today) {
            return new Situation(today, 0);
        }
    }

    private static final Set<RequestStatus> OPEN = EnumSet.of(IN_PROGRESS, AWAITING_CORRECTION, CONSULTING, AWAITING_FEE);
    private static final Set<RequestStatus> RUNNING = EnumSet.of(IN_PROGRESS, CONSULTING, AWAITING_FEE);
    private static final Set<RequestStatus> ANSWERED = EnumSet.of(REPLIED, CLOSED);
    /** 条例 第三十条: a correction that came after its day leaves the request deemed withdrawn. */
    private static final Condition<DisclosureRequest, Situation> CORRECTED_IN_TIME = when(
            SystemText.of("request.refused.correctedLate"), (r, s) -> !isCorrectedLate(r));
    public static final int MAX_FILES = 20;

    private static final TransitionTable<DisclosureRequest, RequestStatus, RequestAction, Who, Situation> TABLE =
            TransitionTable.<DisclosureRequest, RequestStatus, RequestAction, Who, Situation>of(RequestAction.class,
                            DisclosureRequest::getStatus, SystemText.of("noun.request"))
                    .rule(NOTICE_CORRECTION, Who.EDITOR, EnumSet.of(IN_PROGRESS),
                            when(SystemText.of("request.refused.correctionOnce"), (r, s) -> r.getCorrectionIssuedOn() == null),
                            when(SystemText.of("disclosure.correction.tooLate"), (r, s) -> r.getConsultations().isEmpty()
                                    && r.getExtensionDays() == null && r.getFeeIssuedOn() == null))
                    .rule(RECORD_CORRECTION, Who.EDITOR, EnumSet.of(AWAITING_CORRECTION))
                    .rule(CONSULT, Who.EDITOR, RUNNING, CORRECTED_IN_TIME)
                    .rule(RECORD_CONSULTATION, Who.EDITOR, EnumSet.of(CONSULTING))
                    .rule(EXTEND, Who.EDITOR, RUNNING, CORRECTED_IN_TIME,
                            when(SystemText.of("request.refused.extendOnce"), (r, s) -> r.getExtensionDays() == null))
                    .rule(NOTICE_FEE, Who.EDITOR, EnumSet.of(IN_PROGRESS, CONSULTING), CORRECTED_IN_TIME,
                            when(SystemText.of("request.refused.feeOnce"), (r, s) -> r.getFeeIssuedOn() == null))
                    .rule(RECORD_PAYMENT, Who.EDITOR, EnumSet.of(AWAITING_FEE))
                    .rule(ATTACH_FILE, Who.EDITOR, OPEN,
                            when(SystemText.of("request.refused.tooManyFiles", MAX_FILES), (r, s) -> r.getReplyFileIds().size() < MAX_FILES))
                    .rule(REMOVE_FILE, Who.EDITOR, OPEN, when(SystemText.of("request.refused.noFiles"), (r, s) -> !r.getReplyFileIds().isEmpty()))
                    .rule(REPLY, Who.EDITOR, OPEN, when(SystemText.of("request.refused.awaitingCorrection"),
                            (r, s) -> r.getStatus() != AWAITING_CORRECTION || r.getCorrectionDueOn() != null
                                    && s.today().isAfter(r.getCorrectionDueOn())))
                    .rule(RECORD_REMEDY, Who.EDITOR, ANSWERED)
                    .rule(DECIDE_REMEDY, Who.EDITOR, ANSWERED,
                            when(SystemText.of("request.refused.noPendingRemedy"), (r, s) -> s.pendingRemedies() > 0))
                    .build();

    private RequestTransitions() {}

    /** The request's own rules: status and conditions, whoever acts (the entity's check). */
    public static Verdict<RequestAction> check(DisclosureRequest r, RequestAction a, Situation s) {
        return TABLE.check(r, a, s);
    }

    /** The full answer for a caller: who may act first, then the request's rules. */
    public static Verdict<RequestAction> check(DisclosureRequest r, RequestAction a, Caller caller, Situation s) {
        return TABLE.check(r, a, s, whoRefusal(r, a, caller));
    }

    /** Throws unless the request's rules allow the action. */
    static void require(DisclosureRequest r, RequestAction a, LocalDate today) {
        check(r, a, Situation.on(today)).orThrow();
    }

    /** The actions this caller may take on the request now, in the order of {@link RequestAction}. */
    public static List<RequestAction> allowed(DisclosureRequest r, Caller caller, Situation s) {
        return TABLE.actions().stream().filter(a -> check(r, a, caller, s).allowed()).toList();
    }

    public static Who who(RequestAction a) {
        return TABLE.who(a);
    }

    public static Set<RequestStatus> from(RequestAction a) {
        return EnumSet.copyOf(TABLE.from(a));
    }

    private static SystemText whoRefusal(DisclosureRequest r, RequestAction a, Caller caller) {
        if (!caller.editor()) return SystemText.of("transition.onlyBy", a, who(a));
        if (caller.departmentId() != null && caller.departmentId() != r.getDepartmentId()) return SystemText.of("request.ownAgencyOnly");
        return null;
    }

    private static boolean isCorrectedLate(DisclosureRequest r) {
        return r.getCorrectedOn() != null && r.getCorrectionDueOn() != null && r.getCorrectedOn().isAfter(r.getCorrectionDueOn());
    }
}
