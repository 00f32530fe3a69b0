package org.yangguang.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yangguang.calendar.CalendarDay;
import org.yangguang.calendar.DayKind;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.catalog.SpecialProcedureType;

/**
 * A finding in plain Chinese, rendered from its stored inputs whenever it is shown (never stored
 * as text), on the calendar version the deadline was computed with. For example:
 * "承诺办结期限 2026-10-09 已超过 3 个工作日（期间 2026-10-01 至 10-07 国庆节不计）".
 */
public final class Explanation {
    private Explanation() {}

    /** What a finding stores that its explanation needs. */
    public record Inputs(RuleTrigger trigger, LocalDate keyDate, LocalDate startDate, LocalDate asOf, Integer daysOver,
            String detail) {}

    public static String render(Inputs f, WorkingCalendar calendar) {
        String days = f.daysOver() == null ? "" : String.valueOf(Math.abs(f.daysOver()));
        String text = switch (f.trigger()) {
            case PROMISED_DUE_SOON -> "距承诺办结期限 " + f.keyDate() + " 还剩 " + days + " 个工作日";
            case STEP_DUE_SOON -> "“" + f.detail() + "”环节期限 " + f.keyDate() + " 还剩 " + days + " 个工作日";
            case PROMISED_OVERDUE -> "承诺办结期限 " + f.keyDate() + overText(f, "个工作日");
            case STATUTORY_OVERDUE -> "法定办结期限 " + f.keyDate() + overText(f, "个工作日");
            case STEP_OVERDUE -> "“" + f.detail() + "”环节期限 " + f.keyDate() + overText(f, "个工作日")
                    + "，办件尚在承诺期限内";
            case DELIVERY_OVERDUE -> "送达期限 " + f.keyDate() + overText(f, "个工作日");
            case IMMEDIATE_NOT_SAME_DAY -> "即办件于 " + f.keyDate() + " 受理，未当日办结";
            case SPECIAL_PROCEDURE_OVERRUN -> "特别程序（" + procedure(f.detail()) + "）自 " + f.startDate()
                    + " 起，告知预计 " + (f.startDate() == null ? "?" : String.valueOf(f.keyDate().toEpochDay()
                            - f.startDate().toEpochDay())) + " 天，应于 " + f.keyDate() + " 结束，至 " + f.asOf()
                    + " 已超出 " + days + " 天";
            case CORRECTION_NOTICE_BROKEN, FEE_ABOVE_STANDARD -> f.trigger().label() + "："
                    + (f.detail() == null ? f.keyDate().toString() : f.detail());
            case REFUSAL_WITHOUT_REASON -> f.trigger().label() + "（" + f.keyDate() + "，理由："
                    + (f.detail() == null || f.detail().isBlank() ? "无" : "“" + f.detail() + "”") + "）";
            case CARD_UNANSWERED -> (f.detail() == null ? "监察单" : f.detail()) + "应于 " + f.keyDate()
                    + " 前答复整改，" + (f.daysOver() == null || f.daysOver() <= 0 ? "逾期未答复"
                            : "已逾期 " + days + " 个工作日未答复");
            case THIRD_YELLOW_IN_MONTH -> f.keyDate().getYear() + "年" + f.keyDate().getMonthValue() + "月本部门已被亮黄牌 "
                    + days + " 张";
            case COMPLAINT_SUBSTANTIATED, WRONGFUL_REFUSAL -> f.trigger().label() + "：" + f.detail();
            case REQUEST_DUE_SOON, REQUEST_OVERDUE, REQUEST_CORRECTION_LATE, ITEM_PUBLISH_OVERDUE, REPORT_NOT_PUBLISHED ->
                    disclosure(f);
        };
        // a disclosure finding's detail is its whole derivation, the days not counted included
        return f.trigger().kind() == RuleTrigger.Kind.DISCLOSURE ? text : text + skippedDays(f, calendar);
    }

    /** The derivation {@link DisclosureEvaluator} wrote on the finding; a short one if there is none. */
    private static String disclosure(Inputs f) {
        if (f.detail() != null && !f.detail().isBlank()) return f.detail();
        return f.trigger().label() + "：期限 " + f.keyDate() + (f.trigger().window() == RuleTrigger.Window.DUE_SOON
                ? "，还剩 " + (f.daysOver() == null ? "?" : String.valueOf(Math.abs(f.daysOver()))) + " 个工作日"
                : overText(f, "个工作日"));
    }

    private static String overText(Inputs f, String unit) {
        if (f.daysOver() == null) return " 已超过";
        if (f.daysOver() <= 0) return " 已过（其后尚无工作日）";
        return " 已超过 " + f.daysOver() + " " + unit;
    }

    private static String procedure(String type) {
        if (type == null) return "";
        try {
            return SpecialProcedureType.valueOf(type).label();
        } catch (IllegalArgumentException e) {
            return type;
        }
    }

    /**
     * The holidays and make-up workdays of the period judged, from the start of the count to the
     * evaluation date: "（期间 2026-10-01 至 10-07 国庆节不计，10-10 调休上班计入）".
     */
    static String skippedDays(Inputs f, WorkingCalendar calendar) {
        if (calendar == null || f.trigger().window() == RuleTrigger.Window.OVERDUE_NATURAL) return "";
        LocalDate from = f.startDate() != null ? f.startDate() : f.keyDate();
        LocalDate to = f.asOf().isAfter(f.keyDate()) ? f.asOf() : f.keyDate();
        if (from == null || to == null || !from.isBefore(to) || from.plusDays(400).isBefore(to)) return "";
        List<String> holidays = new ArrayList<>();
        List<String> workdays = new ArrayList<>();
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
            if (day != null && day.kind() == DayKind.WORKDAY) workdays.add(shortDate(d, from) + " 调休上班");
            previous = d;
        }
        if (blockStart != null) holidays.add(block(blockStart, previous, blockName));
        if (holidays.isEmpty() && workdays.isEmpty()) return "";
        StringBuilder s = new StringBuilder("（期间 ");
        if (!holidays.isEmpty()) s.append(String.join("、", holidays)).append("不计");
        if (!workdays.isEmpty()) s.append(holidays.isEmpty() ? "" : "，").append(String.join("、", workdays)).append("计入");
        return s.append("）").toString();
    }

    private static String block(LocalDate first, LocalDate last, String name) {
        String range = first.equals(last) ? first.toString()
                : first + " 至 " + (first.getYear() == last.getYear() ? String.format("%02d-%02d", last.getMonthValue(),
                        last.getDayOfMonth()) : last.toString());
        return range + " " + name;
    }

    private static String shortDate(LocalDate d, LocalDate from) {
        return d.getYear() == from.getYear() ? String.format("%02d-%02d", d.getMonthValue(), d.getDayOfMonth()) : d.toString();
    }
}
