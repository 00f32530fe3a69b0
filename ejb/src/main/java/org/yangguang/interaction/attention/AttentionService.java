package org.yangguang.interaction.attention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.yangguang.calendar.CalendarService;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.interaction.attention.AttentionStatistics.BucketCount;
import org.yangguang.interaction.attention.AttentionStatistics.CategoryCount;
import org.yangguang.interaction.attention.AttentionStatistics.HandlerMonth;
import org.yangguang.interaction.attention.AttentionStatistics.HandlerRow;
import org.yangguang.interaction.attention.AttentionStatistics.MonthRow;
import org.yangguang.interaction.attention.AttentionStatistics.OnTime;
import org.yangguang.interaction.attention.AttentionStatistics.RatingRow;
import org.yangguang.interaction.attention.AttentionStatistics.TopicRow;
import org.yangguang.interaction.letter.LetterCategory;
import org.yangguang.interaction.letter.LetterStatus;
import org.yangguang.interaction.rating.PublicResults;
import org.yangguang.interaction.rating.RatingLevel;
import org.yangguang.interaction.rating.RectificationStatus;
import org.yangguang.organization.Department;
import org.yangguang.organization.DepartmentRepository;
import org.yangguang.security.Role;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.SystemText;
import org.yangguang.supervision.Period;

/**
 * 关注度分析 for the office and the supervision office: the letters received in a period (all, or
 * those a department handles), counted by month, category, handler and topic; answer times and the
 * share answered on time on the working-day calendar; the ratings given in the period by department
 * and matter, counted as the guide counts them ({@link PublicResults}: unfounded ones left out).
 * The drill-down lists the letters behind any of these numbers.
 */
@Stateless
@RolesAllowed({Role.OFFICE_ADMIN_NAME, Role.SUPERVISOR_NAME})
public class AttentionService {
    static final int TOPICS = 20;
    static final int RISING = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    DepartmentRepository departments;

    @Inject
    CalendarService calendars;

    @Inject
    LetterKeywords keywords;

    @Inject
    Clock clock;

    /** A letter as the statistics see it. */
    record Line(long id, String number, LetterCategory category, String subject, LocalDate receivedOn,
            LocalDate answeredOn, LocalDate answerDue, LetterStatus status, Long handlerId, boolean byOffice) {
        HandlerKind handler() {
            return handlerId != null ? HandlerKind.DEPARTMENT : byOffice ? HandlerKind.OFFICE : HandlerKind.UNROUTED;
        }
    }

    /** What a click on the page selects: any of these that is set must match. */
    public record Selection(String month, LetterCategory category, HandlerKind handler, String department, String topic,
            AnswerTime bucket, Timeliness timeliness) implements Serializable {}

    /** A letter in the drill-down list. */
    public record LetterLine(String number, String subject, LetterCategory category, LocalDate receivedOn,
            LocalDate answerDue, LocalDate answeredOn, HandlerKind handler, String handlerName, Timeliness timeliness)
            implements Serializable {}

    /**
     * The statistics of a period ({@code 2026-11} or {@code 2026-Q4}), of every letter or of those
     * {@code department} (a code; null: all) handles. Parsed here, so a caller without the role is
     * refused before its parameters are judged.
     */
    public AttentionStatistics statistics(String periodCode, String department) {
        Period period = Period.parse(periodCode);
        Department d = department(department);
        Map<Long, Department> byId = departments.all().stream().collect(Collectors.toMap(Department::getId, Function.identity()));
        LocalDate today = LocalDate.now(clock);
        WorkingCalendar cal = calendars.current();
        List<Line> lines = lines(period, d);
        List<String> months = months(period);

        Map<Long, List<String>> words = keywords.of(lines.stream().map(Line::id).toList(), em);
        Period previous = period.previous();
        List<Line> before = lines(previous, d);
        Map<String, Long> now = TopicRanking.count(lines.stream().map(l -> words.getOrDefault(l.id(), List.of())).toList());
        Map<Long, List<String>> wordsBefore = keywords.of(before.stream().map(Line::id).toList(), em);
        Map<String, Long> then = TopicRanking.count(before.stream().map(l -> wordsBefore.getOrDefault(l.id(), List.of())).toList());
        Function<TopicRanking.Topic, TopicRow> topicRow = t -> new TopicRow(t.keyword(), t.count(),
                months.stream().map(m -> lines.stream().filter(l -> month(l).equals(m)
                        && words.getOrDefault(l.id(), List.of()).contains(t.keyword())).count()).toList(),
                t.previous(), t.increase(), t.growthPercent());

        List<MonthRow> monthRows = months.stream().map(m -> {
            List<Line> of = lines.stream().filter(l -> month(l).equals(m)).toList();
            return new MonthRow(m, of.size(), categories(of));
        }).toList();

        Map<AnswerTime, Long> buckets = new EnumMap<>(AnswerTime.class);
        Arrays.stream(AnswerTime.values()).forEach(b -> buckets.put(b, 0L));
        long onTime = 0;
        long late = 0;
        for (Line l : lines) {
            if (l.answeredOn() != null) buckets.merge(bucket(cal, l), 1L, Long::sum);
            Timeliness t = timeliness(l, today);
            if (t == Timeliness.ON_TIME) onTime++;
            if (t == Timeliness.LATE) late++;
        }

        List<HandlerMonth> handlerMonths = new ArrayList<>();
        for (String m : months) {
            handlerRows(lines.stream().filter(l -> month(l).equals(m)).toList(), byId, today).forEach(h -> handlerMonths.add(
                    new HandlerMonth(m, h.handler(), h.department(), h.name(), h.letters(), h.answered(), h.onTime(),
                            h.late(), h.onTimeShare())));
        }
        return new AttentionStatistics(period.code(), period.label(), previous.code(), d == null ? null : d.getCode(),
                d == null ? null : d.getName(), lines.size(), monthRows, categories(lines), handlerRows(lines, byId, today),
                handlerMonths, TopicRanking.byCount(now, then, TOPICS).stream().map(topicRow).toList(),
                TopicRanking.byGrowth(now, then, RISING).stream().map(topicRow).toList(),
                buckets.entrySet().stream().map(e -> new BucketCount(e.getKey(), e.getKey().label(), e.getValue())).toList(),
                new OnTime(onTime, late, Timeliness.share(onTime, late)), ratingsByDepartment(period, d, byId),
                ratingsByMatter(period, d));
    }

    /** The letters behind a number of the statistics: those of the period (and department) that match the selection. */
    public List<LetterLine> letters(String periodCode, String department, @NotNull Selection s) {
        Period period = Period.parse(periodCode);
        Department d = department(department);
        Map<Long, Department> byId = departments.all().stream().collect(Collectors.toMap(Department::getId, Function.identity()));
        LocalDate today = LocalDate.now(clock);
        WorkingCalendar cal = calendars.current();
        List<Line> lines = lines(period, d);
        Map<Long, List<String>> words = s.topic() == null ? Map.of() : keywords.of(lines.stream().map(Line::id).toList(), em);
        Predicate<Line> match = l -> (s.month() == null || s.month().equals(month(l)))
                && (s.category() == null || s.category() == l.category())
                && (s.handler() == null || s.handler() == l.handler())
                && (s.department() == null || (l.handlerId() != null && byId.containsKey(l.handlerId())
                        && s.department().equals(byId.get(l.handlerId()).getCode())))
                && (s.topic() == null || words.getOrDefault(l.id(), List.of()).contains(s.topic()))
                && (s.bucket() == null || (l.answeredOn() != null && bucket(cal, l) == s.bucket()))
                && (s.timeliness() == null || s.timeliness() == timeliness(l, today));
        return lines.stream().filter(match).sorted(Comparator.comparing(Line::receivedOn).reversed().thenComparing(Line::number))
                .map(l -> new LetterLine(l.number(), l.subject(), l.category(), l.receivedOn(), l.answerDue(), l.answeredOn(),
                        l.handler(), l.handlerId() == null || !byId.containsKey(l.handlerId()) ? null : byId.get(l.handlerId()).getName(),
                        timeliness(l, today)))
                .toList();
    }

    /**
     * The drill-down as the API asks for it: each selection a text ({@code null} or blank: any),
     * parsed here after the role check; every malformed one is named in the one refusal.
     */
    public List<LetterLine> letters(String periodCode, String department, String month, String category, String handler,
            String handlerDepartment, String topic, String bucket, String timeliness) {
        List<InvalidInputException.Problem> errors = new ArrayList<>();
        String m = blank(month);
        if (m != null && !m.matches("\\d{4}-(0[1-9]|1[0-2])")) errors.add(new InvalidInputException.Problem("month", SystemText.of("period.format")));
        Selection s = new Selection(m, choice(LetterCategory.class, "category", category, errors),
                choice(HandlerKind.class, "handler", handler, errors), blank(handlerDepartment), blank(topic),
                choice(AnswerTime.class, "bucket", bucket, errors), choice(Timeliness.class, "timeliness", timeliness, errors));
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        return letters(periodCode, department, s);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String name, String raw, List<InvalidInputException.Problem> errors) {
        if (raw == null || raw.isBlank()) return null;
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new InvalidInputException.Problem(name, SystemText.of("input.choices", List.of(type.getEnumConstants()).toString())));
            return null;
        }
    }

    /** The months of a period, as {@code 2026-11}. */
    static List<String> months(Period period) {
        List<String> out = new ArrayList<>();
        for (YearMonth m = YearMonth.from(period.from()); !m.isAfter(YearMonth.from(period.to())); m = m.plusMonths(1)) {
            out.add(m.toString());
        }
        return out;
    }

    private Department department(String code) {
        if (code == null || code.isBlank()) return null;
        return departments.find(code.trim()).orElseThrow(
                () -> new InvalidInputException("department", SystemText.of("department.notFound", code.trim())));
    }

    private List<Line> lines(Period p, Department d) {
        return lines(em, p, d == null ? null : d.getId(), true);
    }

    /** The letters received in a period (handled by one department: its id, null for all), 举报 only if asked. */
    static List<Line> lines(EntityManager em, Period p, Long departmentId, boolean withReports) {
        TypedQuery<Object[]> q = em.createQuery("select l.id, l.number, l.category, l.subject, l.receivedOn, l.answeredOn,"
                + " l.answerDue, l.status, l.handlerDepartmentId, l.handledByOffice from Letter l"
                + " where l.receivedOn between :from and :to" + (departmentId == null ? "" : " and l.handlerDepartmentId = :d")
                + (withReports ? "" : " and l.category <> :report"), Object[].class)
                .setParameter("from", p.from()).setParameter("to", p.to());
        if (departmentId != null) q.setParameter("d", departmentId);
        if (!withReports) q.setParameter("report", LetterCategory.REPORT);
        return q.getResultList().stream().map(r -> new Line((Long) r[0], (String) r[1], (LetterCategory) r[2], (String) r[3],
                (LocalDate) r[4], (LocalDate) r[5], (LocalDate) r[6], (LetterStatus) r[7], (Long) r[8], (Boolean) r[9])).toList();
    }

    static String month(Line l) {
        return YearMonth.from(l.receivedOn()).toString();
    }

    private static AnswerTime bucket(WorkingCalendar cal, Line l) {
        return AnswerTime.of(cal, l.receivedOn(), l.answeredOn());
    }

    private static Timeliness timeliness(Line l, LocalDate today) {
        return Timeliness.of(l.status(), l.answeredOn(), l.answerDue(), today);
    }

    private static List<CategoryCount> categories(List<Line> lines) {
        return Arrays.stream(LetterCategory.values()).map(c -> new CategoryCount(c, c.label(),
                lines.stream().filter(l -> l.category() == c).count())).toList();
    }

    static List<HandlerRow> handlerRows(List<Line> lines, Map<Long, Department> byId, LocalDate today) {
        Map<List<Object>, List<Line>> groups = new LinkedHashMap<>();
        for (Line l : lines) groups.computeIfAbsent(Arrays.asList(l.handler(), l.handlerId()), k -> new ArrayList<>()).add(l);
        List<HandlerRow> rows = new ArrayList<>();
        groups.forEach((k, of) -> {
            Department dep = k.get(1) == null ? null : byId.get((Long) k.get(1));
            HandlerKind kind = (HandlerKind) k.get(0);
            long onTime = of.stream().filter(l -> timeliness(l, today) == Timeliness.ON_TIME).count();
            long late = of.stream().filter(l -> timeliness(l, today) == Timeliness.LATE).count();
            rows.add(new HandlerRow(kind, dep == null ? null : dep.getCode(), dep == null ? kind.label() : dep.getName(), of.size(),
                    of.stream().filter(l -> l.answeredOn() != null).count(), onTime, late, Timeliness.share(onTime, late)));
        });
        rows.sort(Comparator.comparingLong(HandlerRow::letters).reversed().thenComparing(HandlerRow::name));
        return rows;
    }

    private static final String RATINGS = "select g.%1$s, count(g), coalesce(sum(case when g.level in :satisfied then 1 else 0 end), 0)"
            + " from Rating g where g.ratedOn between :from and :to and g.%1$s is not null%2$s and not exists"
            + " (select x from Rectification x where x.rating = g and x.status = :unfounded) group by g.%1$s";

    /** Count and satisfied per department or matter id, as the guide counts them. */
    private Map<Long, PublicResults.Tally> tallies(String by, Period p, Department d) {
        TypedQuery<Object[]> q = em.createQuery(RATINGS.formatted(by, d == null ? "" : " and g.departmentId = :d"), Object[].class)
                .setParameter("from", p.from()).setParameter("to", p.to())
                .setParameter("unfounded", RectificationStatus.UNFOUNDED)
                .setParameter("satisfied", Arrays.stream(RatingLevel.values()).filter(RatingLevel::isSatisfied).toList());
        if (d != null) q.setParameter("d", d.getId());
        Map<Long, PublicResults.Tally> out = new HashMap<>();
        for (Object[] r : q.getResultList()) {
            out.put(((Number) r[0]).longValue(), new PublicResults.Tally(((Number) r[1]).longValue(), ((Number) r[2]).longValue()));
        }
        return out;
    }

    private List<RatingRow> ratingsByDepartment(Period p, Department d, Map<Long, Department> byId) {
        return sorted(tallies("departmentId", p, d).entrySet().stream().filter(e -> byId.containsKey(e.getKey()))
                .map(e -> row(byId.get(e.getKey()).getCode(), byId.get(e.getKey()).getName(), e.getValue())).toList());
    }

    private List<RatingRow> ratingsByMatter(Period p, Department d) {
        Map<Long, PublicResults.Tally> t = tallies("matterId", p, d);
        if (t.isEmpty()) return List.of();
        List<RatingRow> rows = new ArrayList<>();
        for (Object[] m : em.createQuery("select m.id, m.implementationCode, m.name from Matter m where m.id in :ids", Object[].class)
                .setParameter("ids", t.keySet()).getResultList()) {
            rows.add(row((String) m[1], (String) m[2], t.get((Long) m[0])));
        }
        return sorted(rows);
    }

    private static RatingRow row(String code, String name, PublicResults.Tally t) {
        return new RatingRow(code, name, t.count(), t.satisfied(), t.share());
    }

    private static List<RatingRow> sorted(List<RatingRow> rows) {
        return rows.stream().sorted(Comparator.comparingLong(RatingRow::count).reversed().thenComparing(RatingRow::code,
                Comparator.nullsLast(Comparator.<String>naturalOrder()))).toList();
    }
}
