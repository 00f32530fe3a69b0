package org.yangguang.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.yangguang.approval.ReceiptNumbers;
import org.yangguang.audit.AuditLog;
import org.yangguang.calendar.DeadlineCalculator;
import org.yangguang.calendar.TimeLimit;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.organization.Department;

/**
 * Demo disclosure requests with histories: received over the last year and a half (so this year's
 * and last year's annual reports both have something to count), most answered with the usual mix
 * of outcomes, some closed because the correction or the fee did not come, some challenged by
 * reconsideration or a lawsuit, some still open (awaiting a correction or a fee, with a third
 * party asked, extended), so the editors' list has something to show on first start.
 */
@ApplicationScoped
public class DisclosureSeeder {
    private static final String[] TOPICS = {"本县{0}年度财政预算执行情况", "{0}年食品经营许可抽查结果", "某小区规划许可证及附图",
        "{0}年城乡居民最低生活保障资金发放情况", "某路段道路改造工程的招标文件", "{0}年度行政处罚决定汇总",
        "某企业排污许可及监测数据", "本县{0}年征收补偿方案", "学校招生划片方案", "某建设项目环境影响评价批复"};
    private static final String[] NAMES = {"张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "阳光律师事务所", "阳光县环保志愿者协会",
        "阳光食品有限公司", "县社会科学研究所"};
    private static final ApplicantType[] TYPES = {ApplicantType.NATURAL_PERSON, ApplicantType.NATURAL_PERSON,
        ApplicantType.NATURAL_PERSON, ApplicantType.NATURAL_PERSON, ApplicantType.NATURAL_PERSON,
        ApplicantType.NATURAL_PERSON, ApplicantType.LEGAL_SERVICE, ApplicantType.PUBLIC_INTEREST, ApplicantType.BUSINESS,
        ApplicantType.RESEARCH};
    private static final DisclosureOutcome[] OUTCOMES = {DisclosureOutcome.DISCLOSED, DisclosureOutcome.DISCLOSED,
        DisclosureOutcome.DISCLOSED, DisclosureOutcome.PARTLY_DISCLOSED, DisclosureOutcome.NOT_HELD,
        DisclosureOutcome.PROCESS_INFORMATION, DisclosureOutcome.THIRD_PARTY_RIGHTS, DisclosureOutcome.REPEATED,
        DisclosureOutcome.PETITION_OR_COMPLAINT, DisclosureOutcome.WOULD_HAVE_TO_BE_MADE};

    private static final RemedyKind[] REMEDIES = {RemedyKind.RECONSIDERATION, RemedyKind.RECONSIDERATION, RemedyKind.LITIGATION,
        RemedyKind.LITIGATION_AFTER_RECONSIDERATION};
    private static final RemedyOutcome[] RESULTS = {RemedyOutcome.UPHELD, RemedyOutcome.UPHELD, RemedyOutcome.CORRECTED,
        RemedyOutcome.OTHER};

    @PersistenceContext
    EntityManager em;

    @Inject
    ReceiptNumbers numbers;

    private final Random random = new Random(20261201L);

    /** Creates {@code count} requests to these agencies, received during the {@code days} before {@code today}. */
    public int seed(List<Department> agencies, int count, int days, LocalDate today, WorkingCalendar calendar) {
        for (int i = 0; i < count; i++) {
            int recent = count - 1 - i; // the last few are this week's, one in each open state
            LocalDate received = recent < RECENT.length ? today.minusDays(2 + recent) : today.minusDays(1 + random.nextInt(days));
            while (!calendar.isWorkingDay(received)) received = received.minusDays(1);
            int who = random.nextInt(NAMES.length);
            NewDisclosureRequest form = new NewDisclosureRequest();
            form.setDepartmentCode(agencies.get(random.nextInt(agencies.size())).getCode());
            form.setApplicantType(TYPES[who]);
            form.setApplicantName(NAMES[who]);
            form.setIdentityNumber(TYPES[who] == ApplicantType.NATURAL_PERSON ? "3303031990" + (100000 + random.nextInt(899999))
                    : "91330303MA" + (10000000 + random.nextInt(89999999)));
            form.setPhone("138" + (10000000 + random.nextInt(89999999)));
            form.setDescription(TOPICS[random.nextInt(TOPICS.length)].replace("{0}", String.valueOf(received.getYear())));
            form.setProvideForm(random.nextBoolean() ? ProvideForm.ELECTRONIC : ProvideForm.PAPER);
            form.setDeliveryWay(random.nextBoolean() ? DeliveryWay.ONLINE : DeliveryWay.POST);
            ReceiptChannel channel = random.nextInt(3) == 0 ? ReceiptChannel.IN_PERSON : ReceiptChannel.ONLINE;
            long agency = agencies.stream().filter(a -> a.getCode().equals(form.getDepartmentCode())).findFirst()
                    .orElseThrow().getId();
            DisclosureRequest r = new DisclosureRequest(numbers.next("GK", received), ReceiptNumbers.queryCode(), agency,
                    form, channel, received, received, received.atTime(9 + random.nextInt(8), random.nextInt(60))
                            .atZone(ZoneId.of("Asia/Shanghai")).toInstant(), channel == ReceiptChannel.ONLINE ? "online" : "editor",
                    calendar);
            em.persist(r);
            if (recent < RECENT.length) open(r, RECENT[recent], received, today, calendar);
            else history(r, received, today, calendar, i);
        }
        return count;
    }

    /** The open states the newest demo requests are left in, so the editors' list shows each. */
    private static final RequestStatus[] RECENT = {RequestStatus.AWAITING_CORRECTION, RequestStatus.AWAITING_FEE,
        RequestStatus.CONSULTING, RequestStatus.IN_PROGRESS, RequestStatus.AWAITING_CORRECTION};

    private void open(DisclosureRequest r, RequestStatus state, LocalDate received, LocalDate today, WorkingCalendar calendar) {
        switch (state) {
            case AWAITING_CORRECTION -> r.noticeCorrection("请写明所需信息的文件名称或文号，以及形成的大致时间", today,
                    after(calendar, today, 15), calendar);
            case AWAITING_FEE -> r.noticeFee(ProcessingFee.forRequest(FeeMethod.BY_PAGE, 0, 120), 120, today, calendar);
            case CONSULTING -> r.consult("阳光食品有限公司", today, calendar);
            default -> { }
        }
    }

    /** What happened since: by the request's age and its place in the sequence. */
    private void history(DisclosureRequest r, LocalDate received, LocalDate today, WorkingCalendar calendar, int i) {
        LocalDate last = received;
        LocalDate noticeBy = after(calendar, received, 3);
        if (i % 9 == 1 && !noticeBy.isAfter(today)) {
            LocalDate due = after(calendar, noticeBy, 15);
            r.noticeCorrection("请写明所需信息的具体时间范围和文件名称", noticeBy, due, calendar);
            if (due.isAfter(today)) return; // awaiting the correction
            if (i % 2 == 0) { // never corrected: closed the day after the correction was due
                LocalDate closed = due.plusDays(1);
                r.reply(DisclosureOutcome.NO_CORRECTION_IN_TIME, "申请人未在补正期限内补正，视为放弃申请。", r.getDeliveryWay(),
                        closed, AuditLog.SYSTEM, calendar);
                return;
            }
            last = after(calendar, noticeBy, 4);
            r.corrected("时间范围：近两年；文件名称见附件清单", last, calendar);
        }
        if (i % 11 == 2) {
            LocalDate asked = after(calendar, last, 2);
            if (asked.isAfter(today)) return;
            r.consult("阳光食品有限公司", asked, calendar);
            last = after(calendar, asked, 6);
            if (last.isAfter(today)) return; // the third party has not answered yet
            r.thirdPartyAnswered("阳光食品有限公司", last, calendar);
        }
        if (i % 13 == 3) {
            LocalDate granted = after(calendar, r.events().replyClockStart(), 18);
            if (granted.isAfter(today)) return;
            r.extend(10, "县政府办公室主任 周明", "所需信息分散在多个档案卷宗，需逐一调取", granted, calendar);
            last = granted;
        }
        if (i % 17 == 5) { // 60 pages: 30 free, 30 at 10 元
            LocalDate noticed = after(calendar, last, 3);
            if (noticed.isAfter(today)) return;
            r.noticeFee(ProcessingFee.forRequest(FeeMethod.BY_PAGE, 0, 60), 60, noticed, calendar);
            LocalDate paid = after(calendar, noticed, 5);
            if (i % 2 == 1) {
                if (paid.isAfter(today)) return;
                r.feePaid(paid, calendar);
                last = paid;
            } else {
                LocalDate lapsed = after(calendar, noticed, RequestLimits.DEFAULT_FEE_PAYMENT_DAYS).plusDays(1);
                if (lapsed.isAfter(today)) return; // awaiting the payment
                r.reply(DisclosureOutcome.FEE_NOT_PAID, "申请人未在缴费期限内缴纳信息处理费，视为放弃申请。", r.getDeliveryWay(),
                        lapsed, AuditLog.SYSTEM, calendar);
                return;
            }
        }
        LocalDate replyOn = after(calendar, last, 2 + random.nextInt(14));
        if (replyOn.isAfter(today) || i % 7 == 0 && received.isAfter(today.minusDays(40))) return; // still open
        DisclosureOutcome outcome = OUTCOMES[random.nextInt(OUTCOMES.length)];
        r.reply(outcome, "经审查，" + outcome.label() + "。", r.getDeliveryWay(), replyOn, "editor", calendar);
        if (i % 6 == 4) remedy(r, replyOn, today, i);
    }

    /** Some applicants challenge the reply: reconsideration or a lawsuit, decided some months later. */
    private void remedy(DisclosureRequest r, LocalDate replied, LocalDate today, int i) {
        LocalDate filed = replied.plusDays(20 + random.nextInt(40));
        if (filed.isAfter(today)) return;
        RemedyKind kind = REMEDIES[i % REMEDIES.length];
        DisclosureRemedy m = new DisclosureRemedy(r, kind, filed, kind == RemedyKind.RECONSIDERATION ? "阳光县人民政府"
                : "阳光县人民法院", "editor", filed.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());
        LocalDate decided = filed.plusDays(50 + random.nextInt(60));
        if (!decided.isAfter(today)) m.decide(RESULTS[random.nextInt(RESULTS.length)], decided, null);
        em.persist(m);
    }

    private static LocalDate after(WorkingCalendar calendar, LocalDate from, int workingDays) {
        return DeadlineCalculator.deadline(calendar, from, TimeLimit.workingDays(workingDays), List.of()).date();
    }
}
