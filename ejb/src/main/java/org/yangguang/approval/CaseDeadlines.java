package org.yangguang.approval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.yangguang.calendar.Deadline;
import org.yangguang.calendar.DeadlineCalculator;
import org.yangguang.calendar.TimeLimit;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.catalog.HandlingKind;
import org.yangguang.shared.SystemText;

/**
 * Every deadline of a case, computed in one go on one calendar: the correction-notice deadline,
 * the promised, statutory and delivery deadlines, each step's and each joint part's. The case
 * stores it ({@link ApprovalCase#recomputeDeadlines}) and a calendar change compares two of them
 * ({@link #movesTo}): one computation, so "would this move?" can never miss a date that
 * recompute would change.
 */
public record CaseDeadlines(LocalDate correction, LocalDate promised, LocalDate statutory, LocalDate delivery,
        List<Dated> steps, List<Dated> jointParts, long calendarVersion, List<SystemText> warnings) {

    /** 行政许可法 第三十二条: a correction notice within 5 days (working days, 第八十二条). */
    public static final int CORRECTION_NOTICE_DAYS = 5;
    /** 行政许可法 第四十四条: certificate delivered within 10 working days of the decision. */
    public static final int DELIVERY_DAYS = 10;

    /** A deadline with the name it is reported under. */
    public record Dated(String name, LocalDate date) {}

    /** One deadline that differs between two computations. */
    public record Move(String name, LocalDate before, LocalDate after) {}

    public CaseDeadlines {
        steps = List.copyOf(steps);
        jointParts = List.copyOf(jointParts);
        warnings = List.copyOf(warnings);
    }

    /** The deadlines of the case as they come out on this calendar (nothing is modified). */
    public static CaseDeadlines of(ApprovalCase c, WorkingCalendar calendar) {
        LocalDate correction = DeadlineCalculator.deadline(calendar, c.getReceivedOn(),
                TimeLimit.workingDays(CORRECTION_NOTICE_DAYS), List.of()).date();
        List<SystemText> warnings = new ArrayList<>();
        LocalDate promised = null;
        LocalDate statutory = null;
        List<Dated> steps = new ArrayList<>();
        var stops = c.getClock().clockStops();
        if (c.getAcceptedOn() != null) {
            promised = c.promisedDeadline(calendar).date();
            Deadline s = c.statutoryDeadline(calendar);
            statutory = s.date();
            warnings.addAll(s.warnings());
        }
        LocalDate stepStart = c.getAcceptedOn();
        for (CaseStep step : c.getSteps()) {
            if (step.getStartedOn() != null) stepStart = step.getStartedOn();
            boolean counts = c.getAcceptedOn() != null && (step.getStartedOn() != null || step.isDone());
            steps.add(new Dated("环节“" + step.getName() + "”期限", counts ? DeadlineCalculator.deadline(calendar, stepStart,
                    TimeLimit.workingDays(step.getLimitDays()), stops).date() : null));
        }
        List<Dated> parts = c.getJoint().getParts().stream().map(p -> new Dated("联办（" + p.getDepartmentName() + "）期限",
                DeadlineCalculator.deadline(calendar, p.getAssignedOn(), TimeLimit.workingDays(p.getLimitDays()), stops).date()))
                .toList();
        LocalDate delivery = null;
        if (c.getConclusion().getDecidedOn() != null) {
            // 即办件 are handed over on the spot; others within 10 working days (行政许可法 第四十四条)
            int days = c.getHandlingKind() == HandlingKind.IMMEDIATE ? 0 : DELIVERY_DAYS;
            Deadline d = DeadlineCalculator.deadline(calendar, c.getConclusion().getDecidedOn(), TimeLimit.workingDays(days), List.of());
            delivery = d.date();
            d.warnings().stream().filter(w -> !warnings.contains(w)).forEach(warnings::add);
        }
        return new CaseDeadlines(correction, promised, statutory, delivery, steps, parts, calendar.version(), warnings);
    }

    /** The deadlines the case holds now (last computed and stored). */
    public static CaseDeadlines stored(ApprovalCase c) {
        CaseClock clock = c.getClock();
        List<Dated> steps = c.getSteps().stream().map(s -> new Dated("环节“" + s.getName() + "”期限", s.getDeadline())).toList();
        List<Dated> parts = c.getJoint().getParts().stream()
                .map(p -> new Dated("联办（" + p.getDepartmentName() + "）期限", p.getDeadline())).toList();
        String warning = clock.getDeadlineWarning();
        return new CaseDeadlines(clock.getCorrectionDeadline(), clock.getPromisedDeadline(), clock.getStatutoryDeadline(),
                clock.getDeliveryDeadline(), steps, parts, clock.getCalendarVersion(),
                warning == null ? List.of() : List.of(SystemText.shown(warning)));
    }

    /** The deadlines of {@code after} that differ from these, under their names. */
    public List<Move> movesTo(CaseDeadlines after) {
        List<Move> moves = new ArrayList<>();
        move(moves, "补正告知期限", correction, after.correction);
        move(moves, "承诺期限", promised, after.promised);
        move(moves, "法定期限", statutory, after.statutory);
        move(moves, "送达期限", delivery, after.delivery);
        pairwise(moves, steps, after.steps);
        pairwise(moves, jointParts, after.jointParts);
        return moves;
    }

    /** Whether every date is the same (the calendar version aside). */
    public boolean sameDates(CaseDeadlines other) {
        return movesTo(other).isEmpty();
    }

    private static void pairwise(List<Move> moves, List<Dated> before, List<Dated> after) {
        for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
            Dated a = i < before.size() ? before.get(i) : null;
            Dated b = i < after.size() ? after.get(i) : null;
            move(moves, (b != null ? b : a).name(), a == null ? null : a.date(), b == null ? null : b.date());
        }
    }

    private static void move(List<Move> moves, String name, LocalDate before, LocalDate after) {
        if (!Objects.equals(before, after)) moves.add(new Move(name, before, after));
    }
}
