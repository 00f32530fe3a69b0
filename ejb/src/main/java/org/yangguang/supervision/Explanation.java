package org.yangguang.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yangguang.calendar.CalendarDay;
import org.yangguang.calendar.DayKind;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.catalog.SpecialProcedureType;
import org.yangguang.shared.SystemText;

/**
 * A finding in plain words, made from its stored inputs whenever it is shown (never stored as a
 * sentence), on the calendar version the deadline was computed with, as a {@link SystemText} so each
 * reader sees it in their language. For example: "承诺办结期限 2026-10-09 已超过 3 个工作日（期间
 * 2026-10-01 至 10-07 国庆节不计）".
 */
public final class Explanation {
    private Explanation() {}

    /** What a finding stores that its explanation needs. */
    public record Inputs(RuleTrigger trigger, LocalDate keyDate, LocalDate startDate, LocalDate asOf, Integer daysOver,
            String detail) {}

    /** The explanation in Chinese (the API, exports). */
    public static String render(Inputs f, WorkingCalendar calendar) {
        return text(f, calendar).chinese();
    }

    public static SystemText text(Inputs f, WorkingCalendar calendar) {
        int days = f.daysOver() == null ? 0 : Math.abs(f.daysOver());
        SystemText text = switch (f.trigger()) {
            case PROMISED_DUE_SOON -> SystemText.of("finding.promisedDueSoon", f.keyDate(), days);
            case STEP_DUE_SOON -> SystemText.of("finding.stepDueSoon", f.detail(), f.keyDate(), days);
            case PROMISED_OVERDUE -> SystemText.of("finding.promisedOverdue", f.keyDate(), over(f));
            case STATUTORY_OVERDUE -> SystemText.of("finding.statutoryOverdue", f.keyDate(), over(f));
            case STEP_OVERDUE -> SystemText.of("finding.stepOverdue", f.detail(), f.keyDate(), over(f));
            case DELIVERY_OVERDUE -> SystemText.of("finding.deliveryOverdue", f.keyDate(), over(f));
            case IMMEDIATE_NOT_SAME_DAY -> SystemText.of("finding.immediateNotSameDay", f.keyDate());
            case SPECIAL_PROCEDURE_OVERRUN -> SystemText.of("finding.procedureOverrun", procedure(f.detail()),
                    f.startDate() == null ? "?" : f.startDate().toString(),
                    f.startDate() == null ? "?" : String.valueOf(f.keyDate().toEpochDay() - f.startDate().toEpochDay()),
                    f.keyDate(), f.asOf(), days);
            case CORRECTION_NOTICE_BROKEN, FEE_ABOVE_STANDARD -> SystemText.of("finding.ruleWithDetail", f.trigger(),
                    f.detail() == null ? SystemText.of("text.literal", f.keyDate()) : SystemText.shown(f.detail()));
            case REFUSAL_WITHOUT_REASON -> SystemText.of("finding.refusalWithoutReason", f.trigger(), f.keyDate(),
                    f.detail() == null || f.detail().isBlank() ? SystemText.of("finding.noReason")
                            : SystemText.of("finding.quoted", f.detail()));
            case CARD_UNANSWERED -> SystemText.of("finding.cardUnanswered", card(f.detail()), f.keyDate(),
                    f.daysOver() == null || f.daysOver() <= 0 ? SystemText.of("finding.cardNotAnswered")
                            : SystemText.of("finding.cardOverdue", days));
            case THIRD_YELLOW_IN_MONTH -> SystemText.of("finding.thirdYellow", String.valueOf(f.keyDate().getYear()),
                    f.keyDate().getMonthValue(), days);
            case COMPLAINT_SUBSTANTIATED, WRONGFUL_REFUSAL -> SystemText.of("finding.ruleWithDetail", f.trigger(),
                    SystemText.shown(f.detail() == null ? "" : f.detail()));
            case REQUEST_DUE_SOON, REQUEST_OVERDUE, REQUEST_CORRECTION_LATE, ITEM_PUBLISH_OVERDUE, REPORT_NOT_PUBLISHED,
                    RECTIFICATION_OVERDUE, LETTER_ANSWER_OVERDUE -> disclosure(f);
        };
        // the days not counted belong to a case's deadline; a disclosure finding's detail carries its own,
        // and a department's card or month is no count of working days
        if (f.trigger().kind() != RuleTrigger.Kind.CASE_TIME) return text;
        SystemText skipped = skippedDays(f, calendar);
        return skipped == null ? text : SystemText.of("finding.withSkipped", text, skipped);
    }

    /**
     * The derivation {@link DisclosureEvaluator} (or {@link InteractionEvaluator}) wrote on the finding;
     * a short one if there is none.
     */
    private static SystemText disclosure(Inputs f) {
        if (f.detail() != null && !f.detail().isBlank()) return SystemText.shown(f.detail());
        return f.trigger().window() == RuleTrigger.Window.DUE_SOON
                ? SystemText.of("finding.disclosureDueSoon", f.trigger(), f.keyDate(),
                        f.daysOver() == null ? "?" : String.valueOf(Math.abs(f.daysOver())))
                : SystemText.of("finding.disclosureOverdue", f.trigger(), f.keyDate(), over(f));
    }

    /** "已超过 3 个工作日", "已过（其后尚无工作日）". */
    static SystemText over(Inputs f) {
        if (f.daysOver() == null) return SystemText.of("finding.overUnknown");
        if (f.daysOver() <= 0) return SystemText.of("finding.overNoDays");
        return SystemText.of("finding.overDays", f.daysOver());
    }

    /** The card left unanswered: "YELLOW PROMISED_OVERDUE" as 黄牌（超过承诺期限）. */
    private static SystemText card(String detail) {
        if (detail == null || detail.isBlank()) return SystemText.of("finding.cardDefault");
        String[] parts = detail.split(" ", 2);
        try {
            return SystemText.of("finding.card", SupervisionLevel.valueOf(parts[0]), RuleTrigger.valueOf(parts[1]));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return SystemText.shown(detail);
        }
    }

    private static Object procedure(String type) {
        if (type == null) return "";
        try {
            return SpecialProcedureType.valueOf(type);
        } catch (IllegalArgumentException e) {
            return type;
        }
    }

    /**
     * The holidays and make-up workdays of the period judged, from the start of the count to the
     * evaluation date: "（期间 2026-10-01 至 10-07 国庆节不计，10-10 调休上班计入）"; null if there are none.
     */
    static SystemText skippedDays(Inputs f, WorkingCalendar calendar) {
        if (calendar == null || f.trigger().window() == RuleTrigger.Window.OVERDUE_NATURAL) return null;
        LocalDate from = f.startDate() != null ? f.startDate() : f.keyDate();
        LocalDate to = f.asOf().isAfter(f.keyDate()) ? f.asOf() : f.keyDate();
        if (from == null || to == null || !from.isBefore(to) || from.plusDays(400).isBefore(to)) return null;
        List<SystemText> holidays = new ArrayList<>();
        List<SystemText> workdays = new ArrayList<>();
        LocalDate blockStart = null;
        String blockName = null;
        LocalDate previous = null;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            CalendarDay day = calendar.exception(d).orElse(null);
            boolean holiday = day != null && day.kind() == DayKind.HOLIDAY;
            if (blockStart != null && (!holiday || !day.name().equals(blockName))) {
                holidays.add(block(blockStart, previous, blockName));
                blockStart = null;
            }
            if (holiday && blockStart == null) {
                blockStart = d;
                blockName = day.name();
            }
            if (day != null && day.kind() == DayKind.WORKDAY) workdays.add(SystemText.of("finding.makeUpDay", shortDate(d, from)));
            previous = d;
        }
        if (blockStart != null) holidays.add(block(blockStart, previous, blockName));
        if (holidays.isEmpty() && workdays.isEmpty()) return null;
        SystemText notCounted = holidays.isEmpty() ? null : SystemText.of("finding.notCounted", SystemText.joined(holidays));
        SystemText counted = workdays.isEmpty() ? null : SystemText.of("finding.counted", SystemText.joined(workdays));
        SystemText both = notCounted == null ? counted : counted == null ? notCounted
                : SystemText.of("finding.notCountedAndCounted", notCounted, counted);
        return SystemText.of("finding.inBetween", both);
    }

    /** {@link #skippedDays(Inputs, WorkingCalendar)} in Chinese, or "" (a disclosure derivation's tail). */
    static SystemText skippedOrEmpty(Inputs f, WorkingCalendar calendar) {
        SystemText s = skippedDays(f, calendar);
        return s == null ? SystemText.empty() : s;
    }

    private static SystemText block(LocalDate first, LocalDate last, String name) {
        return first.equals(last) ? SystemText.of("finding.holidayDay", first.toString(), name)
                : SystemText.of("finding.holidayRange", first.toString(), first.getYear() == last.getYear()
                        ? String.format("%02d-%02d", last.getMonthValue(), last.getDayOfMonth()) : last.toString(), name);
    }

    private static String shortDate(LocalDate d, LocalDate from) {
        return d.getYear() == from.getYear() ? String.format("%02d-%02d", d.getMonthValue(), d.getDayOfMonth()) : d.toString();
    }
}
