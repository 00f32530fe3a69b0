package org.yangguang.supervision;

import static org.yangguang.shared.TransitionTable.when;
import static org.yangguang.supervision.ComplaintAction.*;
import static org.yangguang.supervision.ComplaintStatus.*;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.yangguang.shared.Labelled;
import org.yangguang.shared.SystemText;
import org.yangguang.shared.TransitionTable;
import org.yangguang.shared.TransitionTable.Verdict;

/**
 * The state machine of a complaint in one table: accepted or not, answered with the outcome of the
 * investigation, a card on the department for a substantiated one. The entity checks it in every
 * verb, the complaints page shows a button for each allowed action, and the REST API lists them as
 * {@code allowedActions}.
 */
public final class ComplaintTransitions {

    /** Who may take an action. */
    public enum Who implements Labelled {
        /** The supervision office (监察机关/效能办); the office only reads. */
        SUPERVISOR("监察机关");

        private final String label;

        Who(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public record Caller(String username, boolean supervisor) implements Serializable {}

    private static final TransitionTable<Complaint, ComplaintStatus, ComplaintAction, Who, Void> TABLE =
            TransitionTable.<Complaint, ComplaintStatus, ComplaintAction, Who, Void>of(ComplaintAction.class, Complaint::getStatus, SystemText.of("noun.complaint"))
                    .rule(ACCEPT, Who.SUPERVISOR, EnumSet.of(RECEIVED))
                    .rule(REFUSE, Who.SUPERVISOR, EnumSet.of(RECEIVED))
                    .rule(REPLY, Who.SUPERVISOR, EnumSet.of(ACCEPTED))
                    .rule(CARD, Who.SUPERVISOR, EnumSet.of(REPLIED),
                            when(SystemText.of("complaint.refused.notSubstantiated"), (c, x) -> c.getOutcome() != null && c.getOutcome().substantiated()),
                            when(SystemText.of("complaint.refused.carded"), (c, x) -> c.getFindingId() == null))
                    .build();

    private ComplaintTransitions() {}

    /** The complaint's own rules (status and conditions), whoever acts: what the entity checks. */
    public static Verdict<ComplaintAction> check(Complaint c, ComplaintAction a) {
        return TABLE.check(c, a, null);
    }

    public static Verdict<ComplaintAction> check(Complaint c, ComplaintAction a, Caller caller) {
        return TABLE.check(c, a, null, caller.supervisor() ? null : SystemText.of("transition.onlyBy", a, who(a)));
    }

    static void require(Complaint c, ComplaintAction a) {
        check(c, a).orThrow();
    }

    /** The actions this caller may take on the complaint now, in the order of {@link ComplaintAction}. */
    public static List<ComplaintAction> allowed(Complaint c, Caller caller) {
        return TABLE.actions().stream().filter(a -> check(c, a, caller).allowed()).toList();
    }

    public static Who who(ComplaintAction a) {
        return TABLE.who(a);
    }

    public static Set<ComplaintStatus> from(ComplaintAction a) {
        return EnumSet.copyOf(TABLE.from(a));
    }
}
