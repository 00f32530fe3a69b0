package org.yangguang.supervision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yangguang.organization.Department;
import org.yangguang.security.Role;

/**
 * Performance evaluation (绩效考核) per department and for the county, per month or quarter, by
 * a few aggregate queries over the period's cases, findings and complaints (see {@link Tally}).
 */
@Stateless
public class ScoreService {

    @PersistenceContext
    EntityManager em;

    @Inject
    SupervisionSettingsService settings;

    @RolesAllowed({Role.SUPERVISOR_NAME, Role.OFFICE_ADMIN_NAME})
    public List<DepartmentScore> scores(@NotNull Period period) {
        SupervisionSettings s = settings.current();
        Map<Long, Tally> tallies = new HashMap<>();
        // received in the period, and how many online (网上受理)
        for (Object[] r : rows("SELECT department_id, COUNT(*), SUM(CASE WHEN channel = 'ONLINE' THEN 1 ELSE 0 END)"
                + " FROM approval_case WHERE received_on BETWEEN ?1 AND ?2 GROUP BY department_id", period)) {
            Tally t = tallies.computeIfAbsent(id(r[0]), k -> new Tally());
            t.received = num(r[1]);
            t.online = num(r[2]);
        }
        // concluded (delivered) in the period
        for (Object[] r : rows("SELECT department_id, COUNT(*),"
                + " SUM(CASE WHEN decided_on <= promised_deadline THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN delivered_on = received_on THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN statutory_value > 0 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN statutory_value > 0 THEN 1.0 * promised_value / statutory_value ELSE 0 END),"
                + " SUM(CASE WHEN working_days_used IS NULL THEN 0 ELSE 1 END),"
                + " SUM(COALESCE(working_days_used, 0)),"
                + " SUM(CASE WHEN statutory_value > 0 AND working_days_used IS NOT NULL THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN statutory_value > 0 AND working_days_used IS NOT NULL"
                + "   THEN 1.0 * working_days_used / statutory_value ELSE 0 END)"
                + " FROM approval_case WHERE delivered_on BETWEEN ?1 AND ?2 GROUP BY department_id", period)) {
            Tally t = tallies.computeIfAbsent(id(r[0]), k -> new Tally());
            t.concluded = num(r[1]);
            t.onTime = num(r[2]);
            t.onTheSpot = num(r[3]);
            t.withStatutory = num(r[4]);
            t.promisedShare = dbl(r[5]);
            t.withDaysUsed = num(r[6]);
            t.daysUsed = dbl(r[7]);
            t.withBoth = num(r[8]);
            t.usedShare = dbl(r[9]);
        }
        // findings that stand, issued in the period
        for (Object[] r : rows("SELECT department_id, level, COUNT(*) FROM finding WHERE as_of BETWEEN ?1 AND ?2"
                + " AND status <> 'REVOKED' GROUP BY department_id, level", period)) {
            Tally t = tallies.computeIfAbsent(id(r[0]), k -> new Tally());
            switch (SupervisionLevel.valueOf(String.valueOf(r[1]))) {
                case WARNING -> t.warnings = num(r[2]);
                case YELLOW -> t.yellow = num(r[2]);
                case RED -> t.red = num(r[2]);
            }
        }
        for (Object[] r : rows("SELECT department_id, COUNT(*), SUM(CASE WHEN outcome IN ('SUBSTANTIATED', 'PARTLY')"
                + " THEN 1 ELSE 0 END) FROM complaint WHERE received_on BETWEEN ?1 AND ?2 GROUP BY department_id", period)) {
            Tally t = tallies.computeIfAbsent(id(r[0]), k -> new Tally());
            t.complaints = num(r[1]);
            t.substantiated = num(r[2]);
        }
        // 好差评: the ratings given in the period and how many satisfied, the unfounded ones left out;
        // the ratings of cases only, as the guide's results (RatingService): the answers to disclosure
        // requests, complaints and letters are rated too, but the score has always measured the services
        for (Object[] r : rows("SELECT g.department_id, COUNT(*), SUM(CASE WHEN g.rating_level IN"
                + " ('VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED') THEN 1 ELSE 0 END) FROM rating g"
                + " WHERE g.subject_type = 'CASE' AND g.rated_on BETWEEN ?1 AND ?2 AND NOT EXISTS (SELECT 1 FROM rating_rectification x"
                + " WHERE x.rating_id = g.id AND x.status = 'UNFOUNDED') GROUP BY g.department_id", period)) {
            Tally t = tallies.computeIfAbsent(id(r[0]), k -> new Tally());
            t.rated = num(r[1]);
            t.satisfied = num(r[2]);
        }
        List<DepartmentScore> out = new ArrayList<>();
        Tally county = new Tally();
        for (Department d : em.createNamedQuery("Department.findAll", Department.class).getResultList()) {
            Tally t = tallies.getOrDefault(d.getId(), new Tally());
            county.add(t);
            out.add(t.score(d.getCode(), d.getName(), s, period));
        }
        // the county's score is not the formula over all its cards (which sinks any county to 0):
        // it is the mean of the scores of the departments that had cases, graded the same way
        DepartmentScore total = county.score(null, "全县", s, period);
        var scored = out.stream().filter(DepartmentScore::isScored).mapToDouble(DepartmentScore::score).average();
        Double mean = scored.isPresent() ? Math.round(scored.getAsDouble() * 10) / 10.0 : null;
        out.add(total.withScore(mean, mean != null && period.quarter() ? s.grade(mean) : null));
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Period p) {
        return em.createNativeQuery(sql).setParameter(1, p.from()).setParameter(2, p.to()).getResultList();
    }

    private static long id(Object o) {
        return ((Number) o).longValue();
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static double dbl(Object o) {
        return o == null ? 0 : ((Number) o).doubleValue();
    }
}
