package org.yangguang.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.yangguang.calendar.DeadlineCalculator;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.catalog.FeeItem;
import org.yangguang.catalog.HandlingKind;
import org.yangguang.catalog.Material;
import org.yangguang.catalog.MatterVersion;
import org.yangguang.catalog.SpecialProcedureType;
import org.yangguang.shared.ClockProducer;

/**
 * Demo cases with real histories in the past weeks: every state, some near or past their
 * deadlines, so a newcomer sees a living workbench. Each step goes through the domain's verbs
 * with its own past date, and leaves its timeline entry. Server-side only; runs in the caller's
 * transaction.
 */
@ApplicationScoped
public class CaseSeeder {
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛"};
    private static final String[] FIRMS = {"阳光县鑫源餐饮店", "阳光县绿野农业发展有限公司", "阳光县恒通物流有限公司",
        "阳光县百佳超市", "阳光县康宁药房", "阳光县金桥建筑工程有限公司", "阳光县清泉水务有限公司", "阳光县蓝天教育培训学校",
        "阳光县福满楼酒店", "阳光县新华书店有限公司", "阳光县美味坊面包店", "阳光县宏达汽车修理厂"};

    @PersistenceContext
    EntityManager em;

    @Inject
    ReceiptNumbers receiptNumbers;

    private final Random random = new Random(20261123L);

    /** While seeding a 即办件 every step happens on the day of receipt. */
    private boolean immediate;

    /** Creates {@code count} cases on these matters, received during the last weeks before {@code today}. */
    public int seed(List<MatterVersion> matters, int count, LocalDate today, WorkingCalendar cal) {
        int made = 0;
        for (int i = 0; i < count && !matters.isEmpty(); i++) {
            MatterVersion v = matters.get(random.nextInt(matters.size()));
            int back = 1 + random.nextInt(25);
            LocalDate received = back(cal, today, back);
            immediate = v.getHandlingKind() == HandlingKind.IMMEDIATE;
            ApprovalCase c = receive(v, received, immediate || random.nextInt(4) != 0, cal);
            try {
                progress(c, v, received, today, cal);
            } catch (org.yangguang.shared.ConflictException | org.yangguang.shared.InvalidInputException e) {
                // Histories are random and dates move with today: a step the rules refuse ends this
                // case's history where it stands; it must never stop the demo (or the deployment).
                java.util.logging.Logger.getLogger(CaseSeeder.class.getName())
                        .fine(() -> "Demo case " + c.getReceiptNumber() + " stops early: " + e.getMessage());
            }
            made++;
        }
        return made;
    }

    private ApprovalCase receive(MatterVersion v, LocalDate on, boolean complete, WorkingCalendar cal) {
        boolean person = random.nextBoolean();
        String name = person ? SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]
                : FIRMS[random.nextInt(FIRMS.length)];
        String id = person ? String.format("330399%04d%02d%02d%03d%d", 1960 + random.nextInt(45), 1 + random.nextInt(12),
                1 + random.nextInt(28), random.nextInt(1000), random.nextInt(10))
                : String.format("91330399MA2%06dX", random.nextInt(1_000_000));
        Applicant applicant = new Applicant(name, id, "13" + String.format("%09d", random.nextInt(1_000_000_000)),
                "阳光县" + (random.nextBoolean() ? "人民路" : "解放街") + (1 + random.nextInt(300)) + "号");
        List<String> received = new ArrayList<>();
        for (Material m : v.getMaterials()) {
            if (complete || random.nextBoolean()) received.add(m.getName());
        }
        ReceiptChannel channel = ReceiptChannel.values()[random.nextInt(3)];
        ApprovalCase c = new ApprovalCase(receiptNumbers.next(on), ReceiptNumbers.queryCode(), v, channel, applicant,
                channel == ReceiptChannel.AGENT ? "代办员" + SURNAMES[random.nextInt(SURNAMES.length)] + "某" : null,
                received, at(on, 9), on, channel == ReceiptChannel.ONLINE ? "online" : "clerk", cal);
        em.persist(c);
        event(c, on, 9, c.getReceivedBy(), "RECEIVE", "收件（" + channel.label() + "）", "已收件，待审查材料");
        return c;
    }

    /** Moves the case forward through a random number of stages, never past today. */
    private void progress(ApprovalCase c, MatterVersion v, LocalDate received, LocalDate today, WorkingCalendar cal) {
        // Like a real workbench: what came in long ago is mostly concluded; a few are late.
        int age = DeadlineCalculator.workingDaysBetween(cal, received, today);
        boolean old = age > v.getPromisedLimit().getValue() + 2;
        int stage = old && random.nextInt(100) < 85 ? 9 : random.nextInt(10);
        if (v.getHandlingKind() == HandlingKind.IMMEDIATE && stage >= 4) stage = 9; // 即办件: on the spot
        LocalDate day = received;
        if (stage == 0) return; // still being checked
        if (!c.missingMaterials().isEmpty()) {
            c.requestCorrection(null, day, cal);
            event(c, day, 10, "clerk", "REQUEST_CORRECTION", "一次性告知补正",
                    "请一次性补正以下材料：" + String.join("、", c.getMissingMaterialsNotified()));
            if (stage <= 2) return; // waiting for the applicant
            day = next(cal, day, 1 + random.nextInt(3), today);
            c.supplement(null, day);
            event(c, day, 10, "clerk", "SUPPLEMENT", "补正材料", "已收到补正材料");
        }
        if (stage == 3 && random.nextBoolean()) {
            c.refuse("申请事项不属于本机关职权范围，请向有关行政机关申请", day);
            event(c, day, 11, "clerk", "REFUSE", "不予受理", "不予受理：" + c.getRefusalReason());
            return;
        }
        c.accept(day, "clerk", cal);
        event(c, day, 11, "clerk", "ACCEPT", "受理", "已受理，承诺办结日期 " + c.getPromisedDeadline());
        if (stage <= 4) return; // just accepted: some of these are near or past their deadline
        if (c.getHandlingKind() == HandlingKind.ESCALATED) {
            day = next(cal, day, 1 + random.nextInt(3), today);
            c.report("初审同意，报上级机关审批", day, "clerk", cal);
            event(c, day, 15, "clerk", "REPORT", "上报", "初审完毕，已报上级机关审批");
            if (stage <= 6) return;
            day = next(cal, day, 1 + random.nextInt(3), today);
            c.recordUpperReply("上级机关同意", day, cal);
            event(c, day, 15, "clerk", "RECORD_REPLY", "登记上级答复", "已收到上级机关答复");
        }
        if (stage == 5 && !v.getSpecialProcedures().isEmpty() && c.openStop().isEmpty()) {
            SpecialProcedureType type = v.getSpecialProcedures().get(0);
            day = next(cal, day, 1, today);
            c.startSpecialProcedure(type, "依法需要" + type.label(), 5 + random.nextInt(10), day, cal);
            event(c, day, 14, "clerk", "START_SPECIAL_PROCEDURE", "启动特别程序：" + type.label(),
                    "进入特别程序（" + type.label() + "），期间不计入办理时限");
            return;
        }
        if (stage == 6) {
            day = next(cal, day, 1, today);
            c.extend(5 + random.nextInt(6), "情况复杂，需进一步核实", "approver", day, cal);
            event(c, day, 16, "approver", "EXTEND", "延期", "经批准延期" + c.getExtensionDays() + "个工作日");
            return;
        }
        while (c.getSteps().stream().filter(s -> !s.isDone()).count() > 1 && c.getStatus() == CaseStatus.IN_PROGRESS) {
            day = next(cal, day, random.nextInt(2), today);
            c.completeStep("经审查，符合条件", day, "clerk", cal);
            event(c, day, 15, "clerk", "COMPLETE_STEP", "完成环节", "环节已完成");
        }
        if (c.getHandlingKind() == HandlingKind.JOINT) {
            // 联办件: one co-handling department works its part first
            var partner = em.createQuery("select d from Department d where d <> :own order by d.code",
                    org.yangguang.organization.Department.class).setParameter("own", c.getDepartment())
                    .setMaxResults(1).getSingleResult();
            c.assignJointPart(partner, 5, day, cal);
            event(c, day, 15, "clerk", "ASSIGN_JOINT", "分派联办部门", "已分派" + partner.getName() + "联办");
            if (stage == 7) return;
            day = next(cal, day, 1 + random.nextInt(2), today);
            c.completeJointPart(partner.getCode(), "同意联办", day, "partner");
            event(c, day, 15, "partner", "COMPLETE_JOINT_PART", "完成联办", partner.getName() + "联办意见已提交");
        }
        if (stage == 7) return;
        if (!v.getFees().isEmpty()) {
            c.charge(v.getFees().stream().map(FeeItem::getAmount).toList(), null, day);
            event(c, day, 16, "clerk", "CHARGE", "收费", "收费合计 " + c.totalFee() + " 元");
        }
        day = next(cal, day, random.nextInt(2), today);
        Decision decision = random.nextInt(8) == 0 ? Decision.DENIED : Decision.APPROVED;
        c.decide(decision, decision == Decision.DENIED ? "经审查，申请人不具备法定条件" : null, day, "approver", cal);
        event(c, day, 16, "approver", "DECIDE", decision.label(), decision.label());
        if (stage == 8) return;
        day = next(cal, day, random.nextInt(3), today);
        c.deliver(random.nextBoolean() ? DeliveryMethod.WINDOW_PICKUP : DeliveryMethod.ELECTRONIC, null, day);
        event(c, day, 17, "clerk", "DELIVER", "送达", "已送达，办结");
    }

    private static LocalDate back(WorkingCalendar cal, LocalDate today, int workingDays) {
        LocalDate d = today;
        int n = 0;
        while (n < workingDays) {
            d = d.minusDays(1);
            if (cal.isWorkingDay(d)) n++;
        }
        return d;
    }

    private LocalDate next(WorkingCalendar cal, LocalDate from, int workingDays, LocalDate today) {
        if (immediate) return from;
        LocalDate d = workingDays == 0 ? from
                : DeadlineCalculator.deadline(cal, from, org.yangguang.calendar.TimeLimit.workingDays(workingDays), List.of()).date();
        return d.isAfter(today) ? today : d;
    }

    private void event(ApprovalCase c, LocalDate on, int hour, String actor, String action, String comment, String note) {
        em.persist(new CaseEvent(c, at(on, hour), actor, action, comment, note, null));
    }

    private Instant at(LocalDate day, int hour) {
        return day.atTime(hour, random.nextInt(60)).atZone(ClockProducer.ZONE).toInstant();
    }
}
