package org.yangguang.supervision;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.yangguang.calendar.ClockStop;
import org.yangguang.calendar.DeadlineCalculator;
import org.yangguang.calendar.TimeLimit;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.disclosure.ProactiveDisclosure;
import org.yangguang.disclosure.RequestLimits;
import org.yangguang.disclosure.RequestStatus;
import org.yangguang.disclosure.ThirdPartyConsultation;
import org.yangguang.shared.SystemText;

/**
 * The disclosure rules ({@link RuleTrigger.Kind#DISCLOSURE}) applied in Java to what the nightly
 * evaluation reads of the disclosure requests, the proactive-disclosure items and the annual reports:
 * given their facts, the rules and the evaluation date on its calendar, the findings to issue, each
 * with the plain-language derivation it keeps ({@code finding.detail}). Pure: the same facts give
 * the same findings, so a finding can be replayed; the unit tests hold it to every boundary day.
 *
 * <p>The thresholds mean what they mean for the cases ({@link RuleTrigger.Window}): a warning when
 * at most {@code threshold} working days are left (the deadline day itself included, with 0 left);
 * overdue from the first day after the deadline, working or not, once {@code threshold} working days
 * are over. An event that came late (a reply, a correction notice, a publication) is judged the same
 * way on the day it happened, from the first evaluation on or after that day, and keyed by the
 * deadline it broke, so it is issued once whether an evaluation saw the deadline pass or not.
 */
public final class DisclosureEvaluator {
    /** Requests whose reply is being prepared: the reply clock runs, or stands for a third party. */
    public static final Set<RequestStatus> REPLY_PENDING = EnumSet.of(RequestStatus.IN_PROGRESS, RequestStatus.CONSULTING);
    /** Items not yet public and not given up ({@code disclosure_item.status}). */
    public static final Set<String> AWAITING_PUBLICATION = Set.of("DRAFT", "SUBMITTED", "RETURNED");
    /** {@code annual_report.status} of a published report. */
    public static final String REPORT_PUBLISHED = "PUBLISHED";
    /** 条例 第四十九条: a department publishes its report of the previous year by 31 January. */
    public static final MonthDay DEPARTMENT_REPORT_DUE = MonthDay.of(1, 31);
    /** The detail column's length ({@code finding.detail}). */
    static final int DETAIL_LENGTH = Finding.DETAIL_LENGTH;

    private DisclosureEvaluator() {}

    /**
     * What the request rules read of {@code disclosure_request} (and its consultations): the stored
     * deadlines, computed on the request's calendar version, and the events they came from, for the
     * derivation. {@code calendarVersion} is kept on the finding.
     */
    public record RequestFacts(long id, String number, long departmentId, RequestStatus status, LocalDate receivedOn,
            LocalDate correctionNoticeDue, LocalDate correctionIssuedOn, LocalDate correctedOn, LocalDate replyDue,
            LocalDate repliedOn, Integer extensionDays, List<ThirdPartyConsultation> consultations, LocalDate feeIssuedOn,
            LocalDate feePaidOn, Long calendarVersion) implements Serializable {
        public RequestFacts {
            consultations = consultations == null ? List.of() : List.copyOf(consultations);
        }

        /** The day the 20 working days run from: the receipt, or the correction's arrival. */
        public LocalDate replyClockStart() {
            return correctedOn != null ? correctedOn : receivedOn;
        }
    }

    /** What the publication rule reads of {@code disclosure_item}. */
    public record ItemFacts(long id, long departmentId, String title, String status, LocalDate formedOn,
            LocalDate publishDue, LocalDate publishedOn, Long calendarVersion) implements Serializable {}

    /** What the annual-report rule reads of {@code annual_report}; {@code departmentId} null for the county's. */
    public record ReportFacts(long id, int reportYear, Long departmentId, String status) implements Serializable {}

    /** A finding the rules would issue about a request, an item or a report. */
    public record Draft(SubjectType subjectType, long subjectId, String receiptNumber, long departmentId, RuleRef rule,
            LocalDate keyDate, LocalDate startDate, Integer daysOver, Long calendarVersion, String detail)
            implements Serializable {

        /** The derivation in Chinese (the detail holds it as a system text). */
        public String derivation() {
            return SystemText.chinese(detail);
        }

        /** The finding to issue: no case, no handler (the department answers for it). */
        public FindingWriter.NewFinding toFinding(String issuedBy) {
            return new FindingWriter.NewFinding(subjectType, subjectId, null, receiptNumber, departmentId, null, rule,
                    keyDate, startDate, calendarVersion, daysOver, detail, issuedBy);
        }
    }

    /** Every disclosure rule over every subject given, in the order given. */
    public static List<Draft> evaluate(List<RequestFacts> requests, List<ItemFacts> items, List<ReportFacts> reports,
            List<RuleRef> rules, EvaluationDay day) {
        List<Draft> out = new ArrayList<>();
        for (RequestFacts f : requests) out.addAll(request(f, rules, day));
        for (ItemFacts f : items) out.addAll(item(f, rules, day));
        for (ReportFacts f : reports) out.addAll(report(f, rules, day));
        return out;
    }

    // ------------------------------------------------------------------ requests 依申请公开

    public static List<Draft> request(RequestFacts f, List<RuleRef> rules, EvaluationDay day) {
        List<Draft> out = new ArrayList<>();
        LocalDate asOf = day.asOf();
        for (RuleRef r : rules) {
            if (!r.enabled()) continue;
            switch (r.trigger()) {
                case REQUEST_DUE_SOON -> {
                    LocalDate due = f.replyDue();
                    if (due == null || !REPLY_PENDING.contains(f.status())) continue;
                    if (!RuleTrigger.Window.DUE_SOON.holds(due, day, r.threshold())) continue;
                    int left = -day.workingDays(due);
                    SystemText when = left > 0 ? SystemText.of("disclosure.finding.daysLeft", asOf, left)
                            : due.equals(asOf) ? SystemText.of("disclosure.finding.lastDay", asOf)
                            : SystemText.of("disclosure.finding.noDayLeft", asOf);
                    out.add(request(f, r, due, -left, replyDerivation(f, day.calendar()), when,
                            skipped(r, due, f.replyClockStart(), asOf, day.calendar())));
                }
                case REQUEST_OVERDUE -> {
                    LocalDate due = f.replyDue();
                    if (due == null) continue;
                    if (REPLY_PENDING.contains(f.status())) {
                        if (!RuleTrigger.Window.OVERDUE.holds(due, day, r.threshold())) continue;
                        int over = day.workingDays(due);
                        out.add(request(f, r, due, over, replyDerivation(f, day.calendar()),
                                over > 0 ? SystemText.of("disclosure.finding.unansweredOver", asOf, over)
                                        : SystemText.of("disclosure.finding.unansweredPassed", asOf),
                                skipped(r, due, f.replyClockStart(), asOf, day.calendar())));
                    } else if (lateOn(f.repliedOn(), due, day, r.threshold())) {
                        int over = new EvaluationDay(f.repliedOn(), day.calendar()).workingDays(due);
                        out.add(request(f, r, due, over, replyDerivation(f, day.calendar()),
                                over > 0 ? SystemText.of("disclosure.finding.repliedOver", f.repliedOn(), over)
                                        : SystemText.of("disclosure.finding.repliedPassed", f.repliedOn()),
                                skipped(r, due, f.replyClockStart(), f.repliedOn(), day.calendar())));
                    }
                }
                case REQUEST_CORRECTION_LATE -> {
                    LocalDate due = f.correctionNoticeDue();
                    if (due == null || !lateOn(f.correctionIssuedOn(), due, day, r.threshold())) continue;
                    int over = new EvaluationDay(f.correctionIssuedOn(), day.calendar()).workingDays(due);
                    out.add(new Draft(SubjectType.REQUEST, f.id(), f.number(), f.departmentId(), r, due, f.receivedOn(),
                            over, f.calendarVersion(), detail(SystemText.of("disclosure.finding.correctionLate", due,
                                    f.receivedOn(), RequestLimits.CORRECTION_NOTICE_DAYS, f.correctionIssuedOn(),
                                    over > 0 ? SystemText.of("disclosure.finding.overBy", over) : SystemText.empty(),
                                    skipped(r, due, f.receivedOn(), f.correctionIssuedOn(), day.calendar())))));
                }
                default -> { }
            }
        }
        return out;
    }

    /** A finding about a request: the reply deadline's derivation, what happened by the day judged, the days not counted. */
    private static Draft request(RequestFacts f, RuleRef r, LocalDate due, int days, SystemText derivation,
            SystemText when, SystemText skipped) {
        return new Draft(SubjectType.REQUEST, f.id(), f.number(), f.departmentId(), r, due, f.replyClockStart(), days,
                f.calendarVersion(), detail(SystemText.of("disclosure.finding.request", derivation, when, skipped)));
    }

    /**
     * "答复期限 2026-11-20（收到申请 2026-10-16 起 20 个工作日，征求第三方意见 5 个工作日不计入）": the
     * stored reply deadline and what it was counted from, as {@link RequestLimits} counts it.
     */
    static SystemText replyDerivation(RequestFacts f, WorkingCalendar calendar) {
        LocalDate start = f.replyClockStart();
        List<SystemText> extras = new ArrayList<>();
        if (f.extensionDays() != null && f.extensionDays() > 0) {
            extras.add(SystemText.of("disclosure.finding.extended", f.extensionDays()));
        }
        List<ClockStop> consultations = new ArrayList<>();
        for (ThirdPartyConsultation c : f.consultations()) {
            LocalDate answerDue = DeadlineCalculator.deadline(calendar, c.askedOn(),
                    TimeLimit.workingDays(RequestLimits.THIRD_PARTY_ANSWER_DAYS), List.of()).date();
            consultations.add(c.clockStop(answerDue));
        }
        List<ClockStop> fee = f.feeIssuedOn() == null ? List.of()
                : List.of(new ClockStop(f.feeIssuedOn(), f.feePaidOn(), SystemText.of("deadline.stop.fee")));
        int consulted = 0;
        int paying = 0;
        for (LocalDate d = start.plusDays(1); !d.isAfter(f.replyDue()); d = d.plusDays(1)) {
            if (!calendar.isWorkingDay(d)) continue;
            LocalDate day = d;
            if (consultations.stream().anyMatch(c -> c.covers(day))) consulted++;
            else if (fee.stream().anyMatch(c -> c.covers(day))) paying++;
        }
        if (consulted > 0) extras.add(SystemText.of("disclosure.finding.consulting", consulted));
        if (paying > 0) extras.add(SystemText.of("disclosure.finding.paying", paying));
        return SystemText.of(f.correctedOn() != null ? "disclosure.finding.replyDueFromCorrection" : "disclosure.finding.replyDue",
                f.replyDue(), start, RequestLimits.REPLY_DAYS, SystemText.concatenated(extras));
    }

    // ------------------------------------------------------------------ proactive items 主动公开

    public static List<Draft> item(ItemFacts f, List<RuleRef> rules, EvaluationDay day) {
        List<Draft> out = new ArrayList<>();
        LocalDate due = f.publishDue();
        if (due == null) return out;
        for (RuleRef r : rules) {
            if (!r.enabled() || r.trigger() != RuleTrigger.ITEM_PUBLISH_OVERDUE) continue;
            SystemText what = SystemText.of("disclosure.finding.item", shortTitle(f.title()),
                    f.formedOn() == null ? SystemText.empty() : SystemText.of("disclosure.finding.formed", f.formedOn()), due,
                    f.formedOn() != null && due.equals(ProactiveDisclosure.deadline(day.calendar(), f.formedOn()).date())
                            ? SystemText.of("disclosure.finding.itemDays", ProactiveDisclosure.DAYS) : SystemText.empty());
            if (f.publishedOn() == null && AWAITING_PUBLICATION.contains(f.status())) {
                if (!RuleTrigger.Window.OVERDUE.holds(due, day, r.threshold())) continue;
                int over = day.workingDays(due);
                out.add(item(f, r, over, what, over > 0 ? SystemText.of("disclosure.finding.unpublishedOver", day.asOf(), over)
                        : SystemText.of("disclosure.finding.unpublishedPassed", day.asOf()),
                        skipped(r, due, f.formedOn(), day.asOf(), day.calendar())));
            } else if (lateOn(f.publishedOn(), due, day, r.threshold())) {
                int over = new EvaluationDay(f.publishedOn(), day.calendar()).workingDays(due);
                out.add(item(f, r, over, what, SystemText.of("disclosure.finding.publishedLate", f.publishedOn(),
                        over > 0 ? SystemText.of("disclosure.finding.overBy", over) : SystemText.empty()),
                        skipped(r, due, f.formedOn(), f.publishedOn(), day.calendar())));
            }
        }
        return out;
    }

    private static Draft item(ItemFacts f, RuleRef r, int days, SystemText what, SystemText when, SystemText skipped) {
        return new Draft(SubjectType.ITEM, f.id(), null, f.departmentId(), r, f.publishDue(), f.formedOn(), days,
                f.calendarVersion(), detail(SystemText.of("disclosure.finding.itemJudged", what, when, skipped)));
    }

    // ------------------------------------------------------------------ annual reports 年度报告

    /** The day a department's report of {@code reportYear} is due: 31 January of the next year. */
    public static LocalDate reportDue(int reportYear) {
        return DEPARTMENT_REPORT_DUE.atYear(reportYear + 1);
    }

    public static List<Draft> report(ReportFacts f, List<RuleRef> rules, EvaluationDay day) {
        List<Draft> out = new ArrayList<>();
        // The county government's own report (department null) is due 31 March, not 31 January, and has
        // no department to answer a card for it (finding.department_id is NOT NULL): not a department's
        // finding, so it is not judged here.
        if (f.departmentId() == null || REPORT_PUBLISHED.equals(f.status())) return out;
        LocalDate due = reportDue(f.reportYear());
        for (RuleRef r : rules) {
            if (!r.enabled() || r.trigger() != RuleTrigger.REPORT_NOT_PUBLISHED) continue;
            // any earlier year's report still unpublished is judged too: keyed by its own 31 January
            if (!RuleTrigger.Window.OVERDUE.holds(due, day, r.threshold())) continue;
            int over = day.workingDays(due);
            out.add(new Draft(SubjectType.REPORT, f.id(), null, f.departmentId(), r, due, null, over,
                    day.calendar().version(), detail(SystemText.of("disclosure.finding.report", String.valueOf(f.reportYear()),
                            due, day.asOf(), over > 0 ? SystemText.of("disclosure.finding.alreadyOver", over) : SystemText.empty(),
                            skipped(r, due, null, day.asOf(), day.calendar())))));
        }
        return out;
    }

    // ------------------------------------------------------------------ helpers

    /**
     * An event on {@code on} came after {@code due} by at least {@code threshold} working days, and
     * the evaluation date is on or after it (an evaluation sees only what has happened by its date).
     */
    private static boolean lateOn(LocalDate on, LocalDate due, EvaluationDay day, int threshold) {
        return on != null && !on.isAfter(day.asOf())
                && RuleTrigger.Window.OVERDUE.holds(due, new EvaluationDay(on, day.calendar()), threshold);
    }

    /** The holidays and make-up workdays between the start of the count and the day judged. */
    private static SystemText skipped(RuleRef r, LocalDate key, LocalDate start, LocalDate judgedOn, WorkingCalendar calendar) {
        return Explanation.skippedOrEmpty(new Explanation.Inputs(r.trigger(), key, start, judgedOn, null, null), calendar);
    }

    private static String shortTitle(String title) {
        if (title == null) return "";
        String t = title.strip();
        return t.length() > 60 ? t.substring(0, 59) + "…" : t;
    }

    /**
     * The derivation as the finding stores it: a system text (key and parameters), so that each reader
     * sees it in their language. Too long for the column (a very long title), it is kept in Chinese.
     */
    private static String detail(SystemText derivation) {
        String keyed = derivation.encode();
        if (keyed.length() <= DETAIL_LENGTH) return keyed;
        String chinese = derivation.chinese();
        return chinese.length() > DETAIL_LENGTH ? chinese.substring(0, DETAIL_LENGTH - 1) + "…" : chinese;
    }
}
