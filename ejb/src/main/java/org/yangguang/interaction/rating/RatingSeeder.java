package org.yangguang.interaction.rating;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import org.yangguang.approval.ApprovalCase;
import org.yangguang.approval.CaseStatus;
import org.yangguang.calendar.DeadlineCalculator;
import org.yangguang.calendar.TimeLimit;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.shared.ClockProducer;

/**
 * Demo ratings (好差评) of the demo county's concluded cases of the year behind, like
 * {@code CaseSeeder.seedHistory}: most applicants rate, mostly well; a few bad ratings, most of
 * them confirmed and rectified (one of them late, one never reported), one found unfounded and a
 * few still waiting for the return visit; some rectified ones rated again.
 */
@ApplicationScoped
public class RatingSeeder {
    private static final String[] TEXTS = {"窗口人员很耐心，一次办好", "材料清单清楚，没有多跑", "办理比承诺时间还快", "流程清楚，满意"};
    private static final String[] BAD_TEXTS = {"补交材料跑了三次", "窗口人员态度生硬", "超过承诺时限才办结", "办事指南与窗口要求不一致"};
    private static final String[] VISITS = {"回访申请人，反映属实", "电话回访，情况属实：窗口未一次性告知"};
    private static final String[] REPORTS = {"已修订办事指南，材料清单与窗口要求一致；对窗口人员进行了批评教育",
        "已落实一次性告知制度，窗口增设导办岗"};

    @PersistenceContext
    EntityManager em;

    private final Random random = new Random(20261207L);

    /**
     * Rates the concluded and refused cases before {@code today}; the demo clerk (of
     * {@code demoDepartment}) reports its department's rectifications. Returns the number of ratings.
     */
    public int seedHistory(LocalDate today, WorkingCalendar cal, String demoDepartment) {
        List<ApprovalCase> done = em.createQuery("select c from ApprovalCase c where c.status in :s order by c.id", ApprovalCase.class)
                .setParameter("s", List.of(CaseStatus.DELIVERED, CaseStatus.REFUSED)).getResultList();
        int made = 0;
        int bad = 0;
        boolean unfounded = false;
        for (ApprovalCase c : done) {
            if (random.nextInt(10) >= 6) continue; // not every applicant rates
            LocalDate concluded = c.getStatus() == CaseStatus.REFUSED ? c.getCheck().getRefusedOn() : c.getConclusion().getDeliveredOn();
            if (concluded == null) continue;
            LocalDate on = concluded.plusDays(random.nextInt(3));
            if (on.isAfter(today)) continue;
            boolean badOne = random.nextInt(100) < 5;
            RatingLevel level = badOne ? (random.nextBoolean() ? RatingLevel.DISSATISFIED : RatingLevel.VERY_DISSATISFIED)
                    : RatingLevel.values()[weighted()];
            List<RatingReason> reasons = badOne ? List.of(RatingReason.values()[random.nextInt(6)]) : List.of();
            String text = badOne ? BAD_TEXTS[random.nextInt(BAD_TEXTS.length)] : random.nextInt(3) == 0 ? TEXTS[random.nextInt(TEXTS.length)] : null;
            boolean realName = badOne || random.nextInt(4) == 0;
            Rating r = rating(c, RatedEvent.CONCLUSION, 1, level, reasons, text, realName, on);
            made++;
            if (c.getAcceptedOn() != null && c.getStatus() == CaseStatus.DELIVERED && random.nextInt(3) == 0) {
                rating(c, RatedEvent.ACCEPTANCE, 1, RatingLevel.values()[weighted()], List.of(), null, false, c.getAcceptedOn());
                made++;
            }
            if (!level.isBad()) continue;
            Rectification x = new Rectification(r, on);
            em.persist(x);
            bad++;
            LocalDate visited = DeadlineCalculator.deadline(cal, on, TimeLimit.workingDays(2), List.of()).date();
            if (visited.isAfter(today)) continue; // waits for the return visit
            if (!unfounded && bad % 4 == 0) {
                x.markUnfounded("电话回访：申请人表示误选评价等级，办理过程无问题", "supervisor", visited);
                unfounded = true;
                continue;
            }
            LocalDate due = DeadlineCalculator.deadline(cal, visited, TimeLimit.workingDays(15), List.of()).date();
            x.confirm(VISITS[random.nextInt(VISITS.length)], "supervisor", visited, due);
            if (bad % 7 == 0) continue; // never reported: a late rectification
            int took = bad % 5 == 0 ? 18 : 3 + random.nextInt(10); // one in five reported late
            LocalDate reported = DeadlineCalculator.deadline(cal, visited, TimeLimit.workingDays(took), List.of()).date();
            if (reported.isAfter(today)) continue;
            x.report(REPORTS[random.nextInt(REPORTS.length)],
                    demoDepartment.equals(c.getDepartment().getCode()) ? "clerk" : "system", reported);
            LocalDate again = reported.plusDays(1 + random.nextInt(5));
            if (random.nextBoolean() && !again.isAfter(today)) {
                rating(c, RatedEvent.CONCLUSION, 2, random.nextBoolean() ? RatingLevel.SATISFIED : RatingLevel.BASICALLY_SATISFIED,
                        List.of(), "整改后再次办理顺利", true, again);
                made++;
            }
        }
        return made;
    }

    /** Mostly 非常满意 and 满意, some 基本满意. */
    private int weighted() {
        int n = random.nextInt(10);
        return n < 6 ? 0 : n < 9 ? 1 : 2;
    }

    private Rating rating(ApprovalCase c, RatedEvent event, int round, RatingLevel level, List<RatingReason> reasons,
            String text, boolean realName, LocalDate on) {
        Rating r = new Rating(new Rating.Subject(RatingSubject.CASE, c.getId(), c.getReceiptNumber(), c.getDepartment().getId(),
                c.getMatter().getId()), event, round, level, reasons, text,
                new Rating.Rater(RatingChannel.ONLINE, realName ? c.getApplicant().getName() : null,
                        realName ? c.getApplicant().getPhone() : null, null),
                on.atTime(LocalTime.of(10 + random.nextInt(8), random.nextInt(60))).atZone(ClockProducer.ZONE).toInstant(), on);
        em.persist(r);
        return r;
    }
}
