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
 * party asked, extended), so the editors' list has something to show on first start. Each asks an
 * agency for what that agency holds (food sampling of 市场监管局, subsistence allowances of 民政局 …),
 * about a year that has closed where the topic is a year's result; a disclosing reply carries its file.
 */
@ApplicationScoped
public class DisclosureSeeder {
    /**
     * What is asked, of the agency that holds it (any agency where {@code agencies} is empty); {@code {y}}
     * is the year asked about: the year before receipt for what a year closes (budget execution,
     * annual results), the year of receipt otherwise.
     */
    private record Topic(String description, boolean lastYear, String... agencies) {
        String describe(LocalDate received, String agency) {
            int year = received.getYear() - (lastYear ? 1 : 0);
            return description.replace("{y}", String.valueOf(year)).replace("{a}", agency);
        }
    }

    private static final Topic[] TOPICS = {
        new Topic("{a}{y}年度部门预算执行情况和决算报表", true),
        new Topic("{y}年度食品安全监督抽检不合格产品及生产经营单位名单", true, "SCJGJ"),
        new Topic("城南新区阳光花园小区建设工程规划许可证及附图", false, "ZRZYJ"),
        new Topic("{y}年城乡居民最低生活保障资金发放情况", true, "MZJ"),
        new Topic("县道X312线阳光至城北段改造工程的招标文件和中标结果", false, "JTJ"),
        new Topic("{a}{y}年度行政处罚决定书汇总", true, "SCJGJ", "ZHZF", "STHJ", "YJGLJ"),
        new Topic("阳光化工有限公司排污许可证及{y}年自行监测数据", true, "STHJ"),
        new Topic("城东片区旧城改造项目房屋征收补偿方案", false, "ZJJ"),
        new Topic("{y}年城区义务教育学校招生划片方案", false, "JYJ"),
        new Topic("阳光县城南污水处理厂二期工程环境影响评价批复", false, "STHJ"),
    };
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

    @Inject
    org.yangguang.files.FileStore files;

    private final Random random = new Random(20261201L);

    /** Creates {@code count} requests to these agencies, received during the {@code days} before {@code today}. */
    public int seed(List<Department> agencies, int count, int days, LocalDate today, WorkingCalendar calendar) {
        for (int i = 0; i < count; i++) {
            int recent = count - 1 - i; // the last few are this week's, one in each open state
            LocalDate received = recent < RECENT.length ? today.minusDays(2 + recent) : today.minusDays(1 + random.nextInt(days));
            while (!calendar.isWorkingDay(received)) received = received.minusDays(1);
            int who = random.nextInt(NAMES.length);
            Topic topic = TOPICS[random.nextInt(TOPICS.length)];
            Department agency = agencyFor(topic, agencies);
            NewDisclosureRequest form = new NewDisclosureRequest();
            form.setDepartmentCode(agency.getCode());
            form.setApplicantType(TYPES[who]);
            form.setApplicantName(NAMES[who]);
            form.setIdentityNumber(TYPES[who] == ApplicantType.NATURAL_PERSON ? "3303031990" + (100000 + random.nextInt(899999))
                    : "91330303MA" + (10000000 + random.nextInt(89999999)));
            form.setPhone("138" + (10000000 + random.nextInt(89999999)));
            form.setDescription(topic.describe(received, agency.getName()));
            form.setProvideForm(random.nextBoolean() ? ProvideForm.ELECTRONIC : ProvideForm.PAPER);
            form.setDeliveryWay(random.nextBoolean() ? DeliveryWay.ONLINE : DeliveryWay.POST);
            ReceiptChannel channel = random.nextInt(3) == 0 ? ReceiptChannel.IN_PERSON : ReceiptChannel.ONLINE;
            DisclosureRequest r = new DisclosureRequest(numbers.next("GK", received), ReceiptNumbers.queryCode(), agency.getId(),
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
        if (outcome.discloses()) {
            // the information itself goes with the reply; online, the applicant downloads it
            String name = r.getNumber() + "-答复附件.txt";
            r.attach(files.storePrivateAsSystem(name, ("申请编号 " + r.getNumber() + "\n" + r.getDescription()
                    + "\n（演示数据：此处为所提供的政府信息）\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)).getId(), replyOn);
        }
        r.reply(new DisclosureRequest.Reply(outcome, REPLY_TEXTS.get(outcome), r.getDeliveryWay(),
                outcome == DisclosureOutcome.PARTLY_DISCLOSED ? "涉及个人的身份证号码、联系电话和家庭住址" : null,
                outcome == DisclosureOutcome.PARTLY_DISCLOSED ? List.of(WithholdingGround.THIRD_PARTY_RIGHTS) : List.of()),
                replyOn, "editor", calendar);
        if (i % 6 == 4) remedy(r, replyOn, today, i);
    }

    /** The editor's explanation per outcome, as a real reply would give it. */
    private static final java.util.Map<DisclosureOutcome, String> REPLY_TEXTS = java.util.Map.of(
            DisclosureOutcome.DISCLOSED, "您申请的政府信息见附件。",
            DisclosureOutcome.PARTLY_DISCLOSED, "可以公开的内容见附件。",
            DisclosureOutcome.NOT_HELD, "经检索本机关档案和业务系统，未找到您所描述的政府信息。",
            DisclosureOutcome.PROCESS_INFORMATION, "您申请的是本机关研究该事项时的会议讨论记录，属于过程性信息。",
            DisclosureOutcome.THIRD_PARTY_RIGHTS, "该信息含有企业的工艺参数和经营数据，经书面征求意见，该企业不同意公开。",
            DisclosureOutcome.REPEATED, "您此前已提出内容相同的申请，本机关已依法答复。",
            DisclosureOutcome.PETITION_OR_COMPLAINT, "您反映的问题已转本机关信访工作机构办理。",
            DisclosureOutcome.WOULD_HAVE_TO_BE_MADE, "您申请的分类汇总数据需对现有信息进行加工、统计，本机关不予提供。");

    /** The agency that holds what the topic asks for; any when the topic names none or the demo lacks it. */
    private Department agencyFor(Topic topic, List<Department> agencies) {
        List<Department> holders = agencies.stream().filter(a -> java.util.Arrays.asList(topic.agencies()).contains(a.getCode())).toList();
        List<Department> from = holders.isEmpty() ? agencies : holders;
        return from.get(random.nextInt(from.size()));
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
