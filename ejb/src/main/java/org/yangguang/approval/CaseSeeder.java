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
import org.yangguang.approval.command.ActionContext;
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
 * deadlines, so a newcomer sees a living workbench. Each step is a real action (its command,
 * rules and document) at its own past date, and leaves its timeline entry. Server-side only; runs in the caller's
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

    @Inject
    CaseActions actions;

    private final Random random = new Random(20261123L);

    /** While seeding a 即办件 every step happens on the day of receipt. */
    private boolean immediate;

    /** While seeding the year behind: every case is concluded (a few refused, a few decided late). */
    private boolean history;

    /** Creates {@code count} cases on these matters, received during the last weeks before {@code today}. */
    public int seed(List<MatterVersion> matters, int count, LocalDate today, WorkingCalendar cal) {
        history = false;
        return seed(matters, count, today, cal, 1, 25);
    }

    /**
     * The year behind: {@code count} cases received between 26 and about 245 working days (a year)
     * before {@code today}, all concluded: most on time, some late, a few refused.
     */
    public int seedHistory(List<MatterVersion> matters, int count, LocalDate today, WorkingCalendar cal) {
        history = true;
        try {
            return seed(matters, count, today, cal, 26, 220);
        } finally {
            history = false;
        }
    }

    private int seed(List<MatterVersion> matters, int count, LocalDate today, WorkingCalendar cal, int from, int span) {
        int made = 0;
        for (int i = 0; i < count && !matters.isEmpty(); i++) {
            MatterVersion v = matters.get(random.nextInt(matters.size()));
            int back = from + random.nextInt(span);
            LocalDate received = back(cal, today, back);
            immediate = v.getHandlingKind() == HandlingKind.IMMEDIATE;
            last = null;
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
        actions.received(c, context(on, 9, c.getReceipt().getReceivedBy(), cal),
                org.yangguang.shared.SystemText.of("case.comment.received", channel));
        return c;
    }

    /** Moves the case forward through a random number of stages, never past today. */
    private void progress(ApprovalCase c, MatterVersion v, LocalDate received, LocalDate today, WorkingCalendar cal) {
        // Like a real workbench: what came in long ago is mostly concluded; a few are late.
        int age = DeadlineCalculator.workingDaysBetween(cal, received, today);
        boolean old = age > v.getPromisedLimit().getValue() + 2;
        int stage = history ? (random.nextInt(20) == 0 ? 3 : 9) : old && random.nextInt(100) < 85 ? 9 : random.nextInt(10);
        if (v.getHandlingKind() == HandlingKind.IMMEDIATE && stage >= 4) stage = 9; // 即办件: on the spot
        LocalDate day = received;
        if (stage == 0) return; // still being checked
        if (!c.missingMaterials().isEmpty()) {
            act(c, CaseAction.REQUEST_CORRECTION, new ActionRequest(), day, 10, "clerk", cal);
            if (stage <= 2) return; // waiting for the applicant
            day = next(cal, day, 1 + random.nextInt(3), today);
            act(c, CaseAction.SUPPLEMENT, new ActionRequest(), day, 10, "clerk", cal);
        }
        if (stage == 3 && (history || random.nextBoolean())) {
            act(c, CaseAction.REFUSE, reason("申请事项不属于本机关职权范围，请向有关行政机关申请"), day, 11, "clerk", cal);
            return;
        }
        act(c, CaseAction.ACCEPT, new ActionRequest(), day, 11, "clerk", cal);
        if (stage <= 4) return; // just accepted: some of these are near or past their deadline
        if (c.getHandlingKind() == HandlingKind.ESCALATED) {
            day = next(cal, day, 1 + random.nextInt(3), today);
            act(c, CaseAction.REPORT, comment("初审同意，报上级机关审批"), day, 15, "clerk", cal);
            if (stage <= 6) return;
            day = next(cal, day, 1 + random.nextInt(3), today);
            act(c, CaseAction.RECORD_REPLY, comment("上级机关同意"), day, 15, "clerk", cal);
        }
        if (stage == 5 && !v.getSpecialProcedures().isEmpty() && c.getClock().isRunning()) {
            SpecialProcedureType type = v.getSpecialProcedures().get(0);
            day = next(cal, day, 1, today);
            ActionRequest r = reason("依法需要" + type.label());
            r.setProcedureType(type);
            r.setDays(5 + random.nextInt(10));
            act(c, CaseAction.START_SPECIAL_PROCEDURE, r, day, 14, "clerk", cal);
            return;
        }
        if (stage == 6) {
            day = next(cal, day, 1, today);
            ActionRequest r = reason("情况复杂，需进一步核实");
            r.setDays(Math.min(c.getExtension().getMaxDays(), 5 + random.nextInt(6)));
            act(c, CaseAction.EXTEND, r, day, 16, "approver", cal);
            return;
        }
        while (c.pendingSteps() > 1 && c.getStatus() == CaseStatus.IN_PROGRESS) {
            day = next(cal, day, random.nextInt(2), today);
            ActionRequest r = comment("经审查，符合条件");
            // the last step (the decision) goes to the department's approver, as offices assign it
            if (c.pendingSteps() == 2) r.setAssignee("approver");
            act(c, CaseAction.COMPLETE_STEP, r, day, 15, "clerk", cal);
        }
        if (c.getHandlingKind() == HandlingKind.JOINT) {
            // 联办件: one co-handling department works its part first
            var partner = em.createQuery("select d from Department d where d <> :own order by d.code",
                    org.yangguang.organization.Department.class).setParameter("own", c.getDepartment())
                    .setMaxResults(1).getSingleResult();
            ActionRequest assign = new ActionRequest();
            assign.setDepartmentCode(partner.getCode());
            assign.setDays(5);
            act(c, CaseAction.ASSIGN_JOINT, assign, day, 15, "clerk", cal);
            if (stage == 7) return;
            day = next(cal, day, 1 + random.nextInt(2), today);
            actions.perform(c, CaseAction.COMPLETE_JOINT_PART, comment("同意联办"), new ActionContext(day, at(day, 15), cal,
                    "partner", partner, directory, null));
        }
        if (stage == 7) return;
        if (!v.getFees().isEmpty()) {
            ActionRequest r = new ActionRequest();
            r.setAmounts(v.getFees().stream().map(FeeItem::getAmount).toList());
            act(c, CaseAction.CHARGE, r, day, 16, "clerk", cal);
        }
        day = next(cal, day, random.nextInt(2), today);
        if (history && random.nextInt(10) == 0) {
            // one in ten of the year's cases is decided after its promised deadline
            LocalDate promised = c.getPromisedDeadline();
            day = next(cal, promised != null && promised.isAfter(day) ? promised : day, 1 + random.nextInt(3), today);
        }
        boolean denied = random.nextInt(8) == 0;
        ActionRequest decide = denied ? reason("经审查，申请人不具备法定条件") : new ActionRequest();
        decide.setDecision(denied ? Decision.DENIED : Decision.APPROVED);
        act(c, CaseAction.DECIDE, decide, day, 16, "approver", cal);
        if (stage == 8) return;
        day = next(cal, day, random.nextInt(3), today);
        ActionRequest deliver = new ActionRequest();
        deliver.setDeliveryMethod(random.nextBoolean() ? DeliveryMethod.WINDOW_PICKUP : DeliveryMethod.ELECTRONIC);
        act(c, CaseAction.DELIVER, deliver, day, 17, "clerk", cal);
    }

    private void act(ApprovalCase c, CaseAction action, ActionRequest r, LocalDate day, int hour, String actor,
            WorkingCalendar cal) {
        actions.perform(c, action, r, context(day, hour, actor, cal));
    }

    private ActionContext context(LocalDate day, int hour, String actor, WorkingCalendar cal) {
        return new ActionContext(day, at(day, hour), cal, actor, null, directory, null);
    }

    private static ActionRequest reason(String text) {
        ActionRequest r = new ActionRequest();
        r.setReason(text);
        return r;
    }

    private static ActionRequest comment(String text) {
        ActionRequest r = new ActionRequest();
        r.setComment(text);
        return r;
    }

    /** Demo histories name no one outside their department. */
    private final ActionContext.Directory directory = new ActionContext.Directory() {
        @Override
        public java.util.Optional<org.yangguang.organization.Department> department(String code) {
            return em.createNamedQuery("Department.findByCode", org.yangguang.organization.Department.class)
                    .setParameter("code", code).getResultStream().findFirst();
        }

        @Override
        public boolean isColleague(String username, org.yangguang.organization.Department d) {
            return true;
        }
    };

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

    /** Strictly after the case's previous entry: a timeline reads in the order things happened. */
    private Instant at(LocalDate day, int hour) {
        Instant at = day.atTime(hour, random.nextInt(60)).atZone(ClockProducer.ZONE).toInstant();
        if (last != null && !at.isAfter(last)) at = last.plusSeconds(60 + random.nextInt(600));
        last = at;
        return at;
    }

    private Instant last;
}
