package org.yangguang.supervision;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.interaction.letter.LetterCategory;
import org.yangguang.interaction.letter.LetterStatus;
import org.yangguang.interaction.rating.RectificationStatus;
import org.yangguang.shared.SystemText;

/**
 * The interaction rules ({@link RuleTrigger.Kind#INTERACTION}) applied in Java to what the nightly
 * evaluation reads of the rectifications of bad ratings (差评整改) and of the letters (政民互动):
 * given their facts, the rules and the evaluation date on its calendar, the findings to issue, each
 * with its derivation ({@code finding.detail}). Pure, like {@link DisclosureEvaluator}, and with the
 * same windows: overdue from the first day after the due day once {@code threshold} working days are
 * over; a report or an answer that came late is judged on the day it came, keyed by the due day it
 * broke, so the finding is issued once whether an evaluation saw the due day pass or not.
 *
 * <p>The due days are the ones the records keep: a rectification's {@code due} (working days from the
 * confirmed return visit, setting {@code rectification_days}), a letter's {@code answer_due} (its
 * category's limit from receipt, moved by the one extension; a transfer keeps it). The department that
 * answers for a finding is the rectifying department, or the department handling the letter. A letter
 * the office handles itself (or has not routed yet) has no department to carry a card
 * ({@code finding.department_id} is a department), so it is not judged here; a 投诉 turned into a
 * complaint is judged by the complaint's own limits.
 */
public final class InteractionEvaluator {
    /** Letters whose answer is awaited. */
    public static final Set<LetterStatus> AWAITING_ANSWER = EnumSet.of(LetterStatus.RECEIVED, LetterStatus.HANDLING);

    private InteractionEvaluator() {}

    /**
     * What the rectification rule reads of {@code rating_rectification}: {@code number} is the rated
     * subject's (a case's receipt number), {@code status} null for a status this code does not know.
     */
    public record RectificationFacts(long id, String number, long departmentId, RectificationStatus status,
            LocalDate verifiedOn, LocalDate due, LocalDate reportedOn) implements Serializable {}

    /**
     * What the letter rule reads of {@code letter}: the stored deadline (on {@code calendarVersion}),
     * the handling department (null while the office has it) and the events the deadline came from.
     */
    public record LetterFacts(long id, String number, LetterCategory category, LetterStatus status, LocalDate receivedOn,
            LocalDate answerDue, Long handlerDepartmentId, Integer extensionDays, LocalDate transferredOn,
            LocalDate answeredOn, Long calendarVersion) implements Serializable {}

    /** Every interaction rule over every subject given, in the order given. */
    public static List<DisclosureEvaluator.Draft> evaluate(List<RectificationFacts> rectifications, List<LetterFacts> letters,
            List<RuleRef> rules, EvaluationDay day) {
        List<DisclosureEvaluator.Draft> out = new ArrayList<>();
        for (RectificationFacts f : rectifications) out.addAll(rectification(f, rules, day));
        for (LetterFacts f : letters) out.addAll(letter(f, rules, day));
        return out;
    }

    // ------------------------------------------------------------------ 差评整改

    public static List<DisclosureEvaluator.Draft> rectification(RectificationFacts f, List<RuleRef> rules, EvaluationDay day) {
        List<DisclosureEvaluator.Draft> out = new ArrayList<>();
        LocalDate due = f.due();
        // no due day before the return visit confirmed the rating; an unfounded one has nothing to rectify
        if (due == null || f.status() == null || f.status() == RectificationStatus.UNFOUNDED) return out;
        for (RuleRef r : rules) {
            if (!r.enabled() || r.trigger() != RuleTrigger.RECTIFICATION_OVERDUE) continue;
            SystemText what = SystemText.of("interaction.finding.rectification", due,
                    f.verifiedOn() == null ? "?" : f.verifiedOn().toString(),
                    f.verifiedOn() == null ? "?" : String.valueOf(new EvaluationDay(due, day.calendar()).workingDays(f.verifiedOn())));
            if (f.reportedOn() == null && f.status() == RectificationStatus.RECTIFYING) {
                if (!RuleTrigger.Window.OVERDUE.holds(due, day, r.threshold())) continue;
                int over = day.workingDays(due);
                out.add(rectification(f, r, day, over, what, over > 0
                        ? SystemText.of("interaction.finding.notReportedOver", day.asOf(), over)
                        : SystemText.of("interaction.finding.notReportedPassed", day.asOf()),
                        skipped(r, due, f.verifiedOn(), day.asOf(), day.calendar())));
            } else if (lateOn(f.reportedOn(), due, day, r.threshold())) {
                int over = new EvaluationDay(f.reportedOn(), day.calendar()).workingDays(due);
                out.add(rectification(f, r, day, over, what, SystemText.of("interaction.finding.reportedLate", f.reportedOn(),
                        over > 0 ? SystemText.of("disclosure.finding.overBy", over) : SystemText.empty()),
                        skipped(r, due, f.verifiedOn(), f.reportedOn(), day.calendar())));
            }
        }
        return out;
    }

    /** The rectification does not keep the calendar its due day was counted on: the run's is kept. */
    private static DisclosureEvaluator.Draft rectification(RectificationFacts f, RuleRef r, EvaluationDay day, int days,
            SystemText what, SystemText when, SystemText skipped) {
        return new DisclosureEvaluator.Draft(SubjectType.BAD_RATING, f.id(), f.number(), f.departmentId(), r, f.due(),
                f.verifiedOn(), days, day.calendar().version(), detail(SystemText.of("interaction.finding.judged", what, when, skipped)));
    }

    // ------------------------------------------------------------------ 来信

    public static List<DisclosureEvaluator.Draft> letter(LetterFacts f, List<RuleRef> rules, EvaluationDay day) {
        List<DisclosureEvaluator.Draft> out = new ArrayList<>();
        LocalDate due = f.answerDue();
        if (due == null || f.status() == null || f.handlerDepartmentId() == null) return out;
        for (RuleRef r : rules) {
            if (!r.enabled() || r.trigger() != RuleTrigger.LETTER_ANSWER_OVERDUE) continue;
            int extension = f.extensionDays() == null ? 0 : f.extensionDays();
            int limit = new EvaluationDay(due, day.calendar()).workingDays(f.receivedOn()) - extension;
            SystemText what = SystemText.of("interaction.finding.letter", f.category() == null ? "" : f.category(), due,
                    f.receivedOn(), limit,
                    extension > 0 ? SystemText.of("disclosure.finding.extended", extension) : SystemText.empty(),
                    f.transferredOn() == null ? SystemText.empty()
                            : SystemText.of("interaction.finding.transferred", f.transferredOn()));
            if (AWAITING_ANSWER.contains(f.status())) {
                if (!RuleTrigger.Window.OVERDUE.holds(due, day, r.threshold())) continue;
                int over = day.workingDays(due);
                out.add(letter(f, r, over, what, over > 0 ? SystemText.of("disclosure.finding.unansweredOver", day.asOf(), over)
                        : SystemText.of("disclosure.finding.unansweredPassed", day.asOf()),
                        skipped(r, due, f.receivedOn(), day.asOf(), day.calendar())));
            } else if (f.status() == LetterStatus.ANSWERED && lateOn(f.answeredOn(), due, day, r.threshold())) {
                int over = new EvaluationDay(f.answeredOn(), day.calendar()).workingDays(due);
                out.add(letter(f, r, over, what, over > 0 ? SystemText.of("disclosure.finding.repliedOver", f.answeredOn(), over)
                        : SystemText.of("disclosure.finding.repliedPassed", f.answeredOn()),
                        skipped(r, due, f.receivedOn(), f.answeredOn(), day.calendar())));
            }
        }
        return out;
    }

    private static DisclosureEvaluator.Draft letter(LetterFacts f, RuleRef r, int days, SystemText what, SystemText when,
            SystemText skipped) {
        return new DisclosureEvaluator.Draft(SubjectType.LETTER, f.id(), f.number(), f.handlerDepartmentId(), r,
                f.answerDue(), f.receivedOn(), days, f.calendarVersion(),
                detail(SystemText.of("interaction.finding.judged", what, when, skipped)));
    }

    // ------------------------------------------------------------------ helpers

    /** The event on {@code on} came at least {@code threshold} working days after {@code due}, by the evaluation date. */
    static boolean lateOn(LocalDate on, LocalDate due, EvaluationDay day, int threshold) {
        return on != null && !on.isAfter(day.asOf())
                && RuleTrigger.Window.OVERDUE.holds(due, new EvaluationDay(on, day.calendar()), threshold);
    }

    private static SystemText skipped(RuleRef r, LocalDate key, LocalDate start, LocalDate judgedOn, WorkingCalendar calendar) {
        return Explanation.skippedOrEmpty(new Explanation.Inputs(r.trigger(), key, start, judgedOn, null, null), calendar);
    }

    /** Stored as a system text; too long for the column, in Chinese (as {@link DisclosureEvaluator} does). */
    private static String detail(SystemText derivation) {
        String keyed = derivation.encode();
        if (keyed.length() <= Finding.DETAIL_LENGTH) return keyed;
        String chinese = derivation.chinese();
        return chinese.length() > Finding.DETAIL_LENGTH ? chinese.substring(0, Finding.DETAIL_LENGTH - 1) + "…" : chinese;
    }
}
