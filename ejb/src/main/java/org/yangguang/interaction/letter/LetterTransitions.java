package org.yangguang.interaction.letter;

import static org.yangguang.interaction.letter.LetterAction.*;
import static org.yangguang.interaction.letter.LetterStatus.*;
import static org.yangguang.shared.TransitionTable.when;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.yangguang.shared.Labelled;
import org.yangguang.shared.SystemText;
import org.yangguang.shared.TransitionTable;
import org.yangguang.shared.TransitionTable.Verdict;

/**
 * The state machine of a letter in one table: the office routes it to a department or keeps it;
 * its handler answers it, and before that may transfer it once to another department and extend
 * its limit once; a 投诉 about a case or a department may instead become a complaint of the
 * supervision workflow. A 举报 never leaves the office (it is seen only by the office and the
 * supervision office), so it is neither routed to a department nor transferred. The entity checks
 * the table in every verb, the pages show a button for each allowed action and the REST API lists
 * them as {@code allowedActions}.
 */
public final class LetterTransitions {

    /** Who may take an action. */
    public enum Who implements Labelled {
        /** The leading-group office (政务公开领导小组办公室), which runs the mailbox. */
        LETTER_OFFICE("政务公开领导小组办公室"),
        /** The department the letter was routed to, or the office when it handles the letter itself. */
        LETTER_HANDLER("承办单位");

        private final String label;

        Who(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** Who is acting: an office member, or a department's staff (their department's id). */
    public record Caller(String username, boolean office, Long departmentId) implements Serializable {}

    private static final TransitionTable<Letter, LetterStatus, LetterAction, Who, Void> TABLE =
            TransitionTable.<Letter, LetterStatus, LetterAction, Who, Void>of(LetterAction.class, Letter::getStatus, SystemText.of("noun.letter"))
                    .rule(ROUTE, Who.LETTER_OFFICE, EnumSet.of(RECEIVED))
                    .rule(LetterAction.COMPLAINT, Who.LETTER_OFFICE, EnumSet.of(RECEIVED),
                            when(SystemText.of("letter.refused.notAComplaint"), (l, x) -> l.getCategory() == LetterCategory.COMPLAINT))
                    .rule(TRANSFER, Who.LETTER_HANDLER, EnumSet.of(HANDLING),
                            when(SystemText.of("letter.refused.reportStaysWithOffice"), (l, x) -> l.getCategory() != LetterCategory.REPORT),
                            when(SystemText.of("letter.refused.transferredOnce"), (l, x) -> l.getTransferredOn() == null))
                    .rule(EXTEND, Who.LETTER_HANDLER, EnumSet.of(HANDLING),
                            when(SystemText.of("letter.refused.extendedOnce"), (l, x) -> l.getExtendedOn() == null))
                    .rule(ANSWER, Who.LETTER_HANDLER, EnumSet.of(HANDLING))
                    .rule(PUBLISH, Who.LETTER_OFFICE, EnumSet.of(ANSWERED),
                            when(SystemText.of("letter.refused.reportNeverPublished"), (l, x) -> l.getCategory() != LetterCategory.REPORT),
                            when(SystemText.of("letter.refused.noConsent"), (l, x) -> l.isConsentToPublish()),
                            when(SystemText.of("letter.refused.published"), (l, x) -> l.getPublishedOn() == null))
                    .rule(FAQ, Who.LETTER_OFFICE, EnumSet.of(ANSWERED),
                            when(SystemText.of("letter.refused.notPublished"), (l, x) -> l.getPublishedOn() != null),
                            when(SystemText.of("letter.refused.inFaq"), (l, x) -> !l.isFaq()))
                    .build();

    private LetterTransitions() {}

    /** The letter's own rules (status and conditions), whoever acts: what the entity checks. */
    public static Verdict<LetterAction> check(Letter l, LetterAction a) {
        return TABLE.check(l, a, null);
    }

    public static Verdict<LetterAction> check(Letter l, LetterAction a, Caller caller) {
        return TABLE.check(l, a, null, mayAct(l, who(a), caller) ? null : SystemText.of("transition.onlyBy", a, who(a)));
    }

    static void require(Letter l, LetterAction a) {
        check(l, a).orThrow();
    }

    /** The actions this caller may take on the letter now, in the order of {@link LetterAction}. */
    public static List<LetterAction> allowed(Letter l, Caller caller) {
        return TABLE.actions().stream().filter(a -> check(l, a, caller).allowed()).toList();
    }

    public static Who who(LetterAction a) {
        return TABLE.who(a);
    }

    public static Set<LetterStatus> from(LetterAction a) {
        return EnumSet.copyOf(TABLE.from(a));
    }

    private static boolean mayAct(Letter l, Who who, Caller caller) {
        return switch (who) {
            case LETTER_OFFICE -> caller.office();
            case LETTER_HANDLER -> l.isHandledByOffice() ? caller.office()
                    : l.getHandlerDepartmentId() != null && l.getHandlerDepartmentId().equals(caller.departmentId());
        };
    }
}
