package org.yangguang.interaction.attention;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yangguang.interaction.attention.AttentionStatistics.HandlerRow;
import org.yangguang.organization.Department;
import org.yangguang.supervision.Period;

/**
 * What the public sees of the mailbox's work (政民互动 办理情况): per month, each handler's letters,
 * answers and the share answered on time, on the portal and in the nightly publication bundle.
 * 举报 are left out: they are confidential, their number per department included.
 */
@Stateless
@PermitAll
public class PublicSummary {
    /** The months the portal and the bundle show, this one included. */
    public static final int MONTHS = 12;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** One month: a row per handler (department, the office, or letters still waiting to be routed). */
    public record Month(String month, List<HandlerRow> rows, long letters, long answered, Double onTimeShare) implements Serializable {}

    /** The last {@link #MONTHS} months, newest first. */
    public List<Month> months() {
        YearMonth now = YearMonth.now(clock);
        Period year = new Period(now.minusMonths(MONTHS - 1) + "/" + now, now.minusMonths(MONTHS - 1).atDay(1), now.atEndOfMonth(), false);
        List<AttentionService.Line> lines = AttentionService.lines(em, year, null, false);
        Map<Long, Department> byId = em.createQuery("select d from Department d", Department.class).getResultList().stream()
                .collect(Collectors.toMap(Department::getId, Function.identity()));
        LocalDate today = LocalDate.now(clock);
        List<Month> out = new ArrayList<>();
        for (int i = 0; i < MONTHS; i++) {
            String m = now.minusMonths(i).toString();
            List<AttentionService.Line> of = lines.stream().filter(l -> AttentionService.month(l).equals(m)).toList();
            List<HandlerRow> rows = AttentionService.handlerRows(of, byId, today);
            long onTime = rows.stream().mapToLong(HandlerRow::onTime).sum();
            long late = rows.stream().mapToLong(HandlerRow::late).sum();
            out.add(new Month(m, rows, of.size(), rows.stream().mapToLong(HandlerRow::answered).sum(), Timeliness.share(onTime, late)));
        }
        return out;
    }
}
