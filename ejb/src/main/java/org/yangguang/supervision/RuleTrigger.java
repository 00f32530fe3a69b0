package org.yangguang.supervision;

import static org.yangguang.supervision.SupervisionLevel.RED;
import static org.yangguang.supervision.SupervisionLevel.WARNING;
import static org.yangguang.supervision.SupervisionLevel.YELLOW;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.yangguang.approval.CaseStatus;
import org.yangguang.approval.ViolationKind;
import org.yangguang.catalog.HandlingKind;
import org.yangguang.shared.Labelled;

/**
 * What a supervision rule watches. The defaults are those of the domain notes (电子监察):
 * warnings one working day before a deadline; yellow cards for a promised or step limit passed, a
 * broken one-time notice, a refusal without reason, an immediate case not concluded the same day,
 * a special procedure past its announced days; red cards for the statutory limit passed, a fee
 * above the standard, a department's third yellow card in a month.
 *
 * <p>The time-based triggers ({@link Kind#CASE_TIME}) are evaluated for every open case, each
 * night, set-based over ranges of case ids: each one names the case column holding its deadline,
 * the statuses it applies to and how its threshold turns into a window of deadlines for the
 * evaluation date ({@link Window}). {@link CaseEvaluator} applies the same definition to one case
 * in Java, which the unit tests hold to every boundary day.
 *
 * <p>The disclosure triggers ({@link Kind#DISCLOSURE}: a request's reply deadline near or passed, a late
 * correction notice, a proactive item not published in time, a department's annual report not
 * published by 31 January) are judged in Java by {@link DisclosureEvaluator}, with the same windows;
 * the interaction triggers ({@link Kind#INTERACTION}: a bad rating's rectification not reported in
 * time, a letter not answered in time) by {@link InteractionEvaluator}.
 */
public enum RuleTrigger implements Labelled {
    // ------------------------------------------------------------------ warnings 预警
    PROMISED_DUE_SOON("承诺期限临近", Kind.CASE_TIME, WARNING, 1, "剩余工作日不超过",
            EnumSet.of(CaseStatus.IN_PROGRESS, CaseStatus.REPORTED), Window.DUE_SOON,
            "c.promised_deadline", "c.accepted_on", null, null),
    STEP_DUE_SOON("环节期限临近", Kind.CASE_TIME, WARNING, 1, "剩余工作日不超过",
            EnumSet.of(CaseStatus.IN_PROGRESS), Window.DUE_SOON,
            "c.step_deadline", null, "c.step_name", null),

    // ------------------------------------------------------------------ yellow cards 黄牌
    PROMISED_OVERDUE("超过承诺期限", Kind.CASE_TIME, YELLOW, 0, "超过工作日不少于",
            EnumSet.of(CaseStatus.IN_PROGRESS, CaseStatus.REPORTED), Window.OVERDUE,
            "c.promised_deadline", "c.accepted_on", null, null),
    /** A step over its own limit while the case as a whole is still in time. */
    STEP_OVERDUE("环节超期（办件尚在期限内）", Kind.CASE_TIME, YELLOW, 0, "超过工作日不少于",
            EnumSet.of(CaseStatus.IN_PROGRESS), Window.OVERDUE,
            "c.step_deadline", null, "c.step_name", "c.promised_deadline >= ?") {
        @Override
        boolean holdsBeyondWindow(CaseFacts f, LocalDate asOf) {
            return f.promisedDeadline() != null && !f.promisedDeadline().isBefore(asOf);
        }
    },
    /** 即办件: to be concluded on the day the complete application is accepted. */
    IMMEDIATE_NOT_SAME_DAY("即办件未当日办结", Kind.CASE_TIME, YELLOW, 0, "超过工作日不少于",
            EnumSet.of(CaseStatus.IN_PROGRESS, CaseStatus.REPORTED, CaseStatus.DECIDED), Window.OVERDUE,
            "c.accepted_on", "c.accepted_on", null, "c.handling_kind = 'IMMEDIATE'",
            ViolationKind.IMMEDIATE_NOT_SAME_DAY) {
        @Override
        boolean holdsBeyondWindow(CaseFacts f, LocalDate asOf) {
            return f.handlingKind() == HandlingKind.IMMEDIATE;
        }
    },
    /** The applicant was told in writing how long the special procedure takes (行政许可法 第四十五条). */
    SPECIAL_PROCEDURE_OVERRUN("特别程序超过告知时间", Kind.CASE_TIME, YELLOW, 0, "超过自然日不少于",
            EnumSet.of(CaseStatus.IN_PROGRESS), Window.OVERDUE_NATURAL,
            "c.stop_planned_end", "c.stop_started_on", "c.stop_type", null),
    /** 行政许可法 第四十四条: the certificate within 10 working days of the decision. */
    DELIVERY_OVERDUE("超过送达期限", Kind.CASE_TIME, YELLOW, 0, "超过工作日不少于",
            EnumSet.of(CaseStatus.DECIDED), Window.OVERDUE,
            "c.delivery_deadline", "c.decided_on", null, null,
            ViolationKind.LATE_DELIVERY),
    /** 一次性告知 broken: a second correction notice, or one later than 5 working days (行政许可法 第三十二条). */
    CORRECTION_NOTICE_BROKEN("一次性告知未落实", Kind.CASE_ACTION, YELLOW, 0, null,
            ViolationKind.SECOND_CORRECTION_NOTICE, ViolationKind.LATE_CORRECTION_NOTICE),
    /** 行政许可法 第三十八条: a refusal states its reasons. The threshold: fewer characters count as none. */
    REFUSAL_WITHOUT_REASON("不予受理或不予许可未说明理由", Kind.CASE_ACTION, YELLOW, 4, "理由少于（字）"),
    /** A card the department left unanswered past the limit (default 5 working days). */
    CARD_UNANSWERED("黄牌、红牌逾期未答复整改", Kind.CARD, YELLOW, 0, "超过工作日不少于"),
    /** A complaint the supervision office found substantiated. */
    COMPLAINT_SUBSTANTIATED("投诉经查属实", Kind.COMPLAINT, YELLOW, 0, null),

    // ------------------------------------------------------------------ red cards 红牌
    STATUTORY_OVERDUE("超过法定期限", Kind.CASE_TIME, RED, 0, "超过工作日不少于",
            EnumSet.of(CaseStatus.IN_PROGRESS, CaseStatus.REPORTED), Window.OVERDUE,
            "c.statutory_deadline", "c.accepted_on", null, null),
    /** 一单式收费 at the published standard; more is a finding. */
    FEE_ABOVE_STANDARD("收费高于公布标准", Kind.CASE_ACTION, RED, 0, null, ViolationKind.FEE_ABOVE_STANDARD),
    /** Refusing an application that met the conditions, found on a complaint. */
    WRONGFUL_REFUSAL("对符合条件的申请不予受理或不予许可（经投诉查实）", Kind.COMPLAINT, RED, 0, null),
    THIRD_YELLOW_IN_MONTH("同一部门一个自然月内第三张黄牌", Kind.DEPARTMENT_MONTH, RED, 3, "当月黄牌达到（张）"),

    // ------------------------------------------------------------------ disclosure 政府信息公开
    // Evaluated each night in Java by DisclosureEvaluator (requests, items and reports number in the
    // thousands), before the department step, so their yellow cards count toward the third of a month.
    /** An open request (办理中, 征求第三方意见) with at most {@code threshold} working days left to reply. */
    REQUEST_DUE_SOON("依申请公开答复期限临近", Kind.DISCLOSURE, WARNING, 1, "剩余工作日不超过", Window.DUE_SOON,
            SubjectType.REQUEST),
    /**
     * 条例 第三十三条: the reply limit (20 working days, extended if extended) passed while the request is
     * open, or the reply came after it; keyed by the reply deadline, so issued once either way.
     */
    REQUEST_OVERDUE("依申请公开超过法定答复期限", Kind.DISCLOSURE, RED, 0, "超过工作日不少于", Window.OVERDUE,
            SubjectType.REQUEST),
    /** 条例 第三十条: the correction notice later than 7 working days after receipt (一次性告知未落实). */
    REQUEST_CORRECTION_LATE("依申请公开补正告知超过7个工作日", Kind.DISCLOSURE, YELLOW, 0, "超过工作日不少于",
            Window.OVERDUE, SubjectType.REQUEST),
    /** 条例 第二十六条: proactive information published within 20 working days of being made or changed. */
    ITEM_PUBLISH_OVERDUE("主动公开信息未在20个工作日内公开", Kind.DISCLOSURE, YELLOW, 0, "超过工作日不少于",
            Window.OVERDUE, SubjectType.ITEM),
    /** 条例 第四十九条: a department's annual report of the previous year published by 31 January. */
    REPORT_NOT_PUBLISHED("部门政府信息公开工作年度报告未按期公布", Kind.DISCLOSURE, YELLOW, 0, "超过工作日不少于",
            Window.OVERDUE, SubjectType.REPORT),

    // ------------------------------------------------------------------ interaction 政民互动、好差评
    // Evaluated each night in Java by InteractionEvaluator, after the disclosure step and before the
    // department step (their yellow cards count toward a department's third of the month). Both are
    // yellow cards, as a promised limit passed is: the limits are the county's own policy (settings),
    // not a statute's, and a red card is kept for a statutory limit passed. Neither has a warning rule:
    // the handler's own lists already mark what is due (差评整改 and 来信办理 show the due day).
    /**
     * 国办发〔2019〕51号 (差评整改, 15 working days from the confirmed return visit, setting
     * {@code rectification_days}): the department has not reported its rectification by the due day,
     * or reported after it; keyed by the due day, so issued once either way.
     */
    RECTIFICATION_OVERDUE("差评整改逾期未反馈", Kind.INTERACTION, YELLOW, 0, "超过工作日不少于", Window.OVERDUE,
            SubjectType.BAD_RATING),
    /**
     * A letter (政民互动) not answered by its deadline (the category's limit in working days from receipt,
     * moved by the one extension), or answered after it; the department handling it answers for it.
     */
    LETTER_ANSWER_OVERDUE("来信逾期未答复", Kind.INTERACTION, YELLOW, 0, "超过工作日不少于", Window.OVERDUE,
            SubjectType.LETTER);

    /** Where a trigger is evaluated. */
    public enum Kind {
        /** Each night (or on demand) for every open case. */
        CASE_TIME,
        /** When the action happens (and swept up nightly from the case's recorded violations). */
        CASE_ACTION,
        /** Each night, per department and calendar month. */
        DEPARTMENT_MONTH,
        /** Each night, over the cards awaiting an answer. */
        CARD,
        /** Raised by the supervision office on a complaint. */
        COMPLAINT,
        /**
         * Each night, over the disclosure requests, proactive items and annual reports, in Java
         * ({@link DisclosureEvaluator}); the subject is {@link RuleTrigger#subject()}.
         */
        DISCLOSURE,
        /**
         * Each night, over the rectifications of bad ratings and the letters, in Java
         * ({@link InteractionEvaluator}); the subject is {@link RuleTrigger#subject()}.
         */
        INTERACTION
    }

    /** How a time-based trigger's threshold turns into a window of deadlines for the evaluation date. */
    public enum Window {
        /** Deadline not yet passed, at most {@code threshold} working days left. */
        DUE_SOON,
        /** Deadline passed (any day after it) by at least {@code threshold} working days. */
        OVERDUE,
        /** Planned end passed by more than {@code threshold} natural days. */
        OVERDUE_NATURAL;

        boolean holds(LocalDate key, EvaluationDay day, int threshold) {
            return switch (this) {
                case DUE_SOON -> !key.isBefore(day.asOf()) && !key.isAfter(day.dueSoonUntil(threshold));
                case OVERDUE -> !key.isAfter(day.overdueBound(threshold));
                case OVERDUE_NATURAL -> !key.isAfter(day.naturalBound(threshold));
            };
        }
    }

    private final String label;
    private final Kind kind;
    private final SupervisionLevel defaultLevel;
    private final int defaultThreshold;
    private final String thresholdLabel;
    private final Set<CaseStatus> statuses;
    private final Window window;
    private final String keyColumn;
    private final String startColumn;
    private final String detailColumn;
    private final String extraPredicate;
    private final Set<ViolationKind> violations;
    private final SubjectType subject;

    /** A disclosure or interaction trigger: its window and the kind of subject its findings are about. */
    RuleTrigger(String label, Kind kind, SupervisionLevel level, int threshold, String thresholdLabel, Window window,
            SubjectType subject) {
        this(label, kind, level, threshold, thresholdLabel, EnumSet.noneOf(CaseStatus.class), window, null, null, null,
                null, subject);
    }

    RuleTrigger(String label, Kind kind, SupervisionLevel level, int threshold, String thresholdLabel,
            ViolationKind... violations) {
        this(label, kind, level, threshold, thresholdLabel, EnumSet.noneOf(CaseStatus.class), null, null, null, null,
                null, violations);
    }

    RuleTrigger(String label, Kind kind, SupervisionLevel level, int threshold, String thresholdLabel,
            Set<CaseStatus> statuses, Window window, String keyColumn, String startColumn, String detailColumn,
            String extraPredicate, ViolationKind... violations) {
        this(label, kind, level, threshold, thresholdLabel, statuses, window, keyColumn, startColumn, detailColumn,
                extraPredicate, kind == Kind.DEPARTMENT_MONTH ? SubjectType.DEPARTMENT : kind == Kind.CARD ? SubjectType.CARD
                        : kind == Kind.COMPLAINT ? SubjectType.COMPLAINT : SubjectType.CASE, violations);
    }

    private RuleTrigger(String label, Kind kind, SupervisionLevel level, int threshold, String thresholdLabel,
            Set<CaseStatus> statuses, Window window, String keyColumn, String startColumn, String detailColumn,
            String extraPredicate, SubjectType subject, ViolationKind... violations) {
        this.subject = subject;
        this.label = label;
        this.kind = kind;
        this.defaultLevel = level;
        this.defaultThreshold = threshold;
        this.thresholdLabel = thresholdLabel;
        this.statuses = statuses;
        this.window = window;
        this.keyColumn = keyColumn;
        this.startColumn = startColumn;
        this.detailColumn = detailColumn;
        this.extraPredicate = extraPredicate;
        this.violations = violations.length == 0 ? EnumSet.noneOf(ViolationKind.class) : EnumSet.of(violations[0], violations);
    }

    /** Whether this trigger holds for the case on the evaluation day (time-based triggers only). */
    public boolean holds(CaseFacts f, EvaluationDay day, int threshold) {
        if (kind != Kind.CASE_TIME || !statuses.contains(f.status())) return false;
        LocalDate k = keyDate(f);
        return k != null && window.holds(k, day, threshold) && holdsBeyondWindow(f, day.asOf());
    }

    /** A condition of the trigger besides its window; the SQL twin is {@link #extraPredicate()}. */
    boolean holdsBeyondWindow(CaseFacts f, LocalDate asOf) {
        return true;
    }

    /** The case's deadline this trigger watches: the value of {@link #keyColumn()}. */
    public LocalDate keyDate(CaseFacts f) {
        return (LocalDate) f.column(keyColumn);
    }

    /** When counting started, for the explanation: the value of {@link #startColumn()}. */
    public LocalDate startDate(CaseFacts f) {
        return startColumn == null ? null : (LocalDate) f.column(startColumn);
    }

    /** The step or procedure named in the explanation: the value of {@link #detailColumn()}. */
    public String detail(CaseFacts f) {
        return detailColumn == null ? null : (String) f.column(detailColumn);
    }

    @Override
    public String label() { return label; }
    public Kind kind() { return kind; }
    public SupervisionLevel defaultLevel() { return defaultLevel; }
    public int defaultThreshold() { return defaultThreshold; }
    /** What the threshold means, or null where the trigger has none. */
    public String thresholdLabel() { return thresholdLabel; }
    public Set<CaseStatus> statuses() { return statuses; }
    public Window window() { return window; }
    public String keyColumn() { return keyColumn; }
    public String startColumn() { return startColumn; }
    public String detailColumn() { return detailColumn; }
    /** Extra SQL condition on {@code c}; a {@code ?} in it takes the evaluation date. */
    public String extraPredicate() { return extraPredicate; }
    /** The violations recorded on a case that this trigger turns into findings. */
    public Set<ViolationKind> violations() { return violations; }
    /** What this trigger's findings are about (a case, a department, a card, a request...). */
    public SubjectType subject() { return subject; }
}
