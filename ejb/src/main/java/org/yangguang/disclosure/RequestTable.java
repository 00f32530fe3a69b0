package org.yangguang.disclosure;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yangguang.shared.InvalidValue;
import org.yangguang.shared.SystemText;

/**
 * Table 三 of the annual report (收到和处理政府信息公开申请情况) for one year, in the national layout
 * (国务院办公厅政府信息与政务公开办公室, 2021): columns by applicant type (自然人; 法人或其他组织: 商业企业,
 * 科研机构, 社会公益组织, 法律服务机构, 其他; 总计), rows 一 new this year, 二 carried over from last
 * year, 三 本年度办理结果 with its seven parts (（一）予以公开, （二）部分公开, （三） to （六） each with its
 * numbered items, the 21 rows of {@link DisclosureOutcome}, and （七）总计), 四 carried to next year.
 * The rows carry their label cells as the form spans them (三 down its 22 rows, each group down its
 * items), and the page, the PDF and the workbook all draw them from here. Every cell keeps the
 * requests behind it (drill-down), and {@link #crossCheck()} tests 一 + 二 = 三总计 + 四.
 *
 * <p>A request is new in the year it was received; it is carried over into a year if it came
 * before the year and was not answered before it; answered in the year its reply is dated in; and
 * carried to next year if it came by the year's end and was not answered by then.
 */
public final class RequestTable implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A label cell of the table's left part: its text and how many of the three label columns and rows it spans. */
    public record Label(String text, int colspan, int rowspan) implements Serializable {}

    /**
     * A row of numbers: its key (NEW, CARRIED_OVER, an outcome, OUTCOMES_TOTAL, CARRIED_FORWARD), its
     * own heading, its level (0 一 to 四, 1 the parts of 三, 2 their items), the headings it sits under
     * down to its own ({@code path}: 三、本年度办理结果, （三）不予公开, 1.属于国家秘密), and the label cells
     * that start on it, left to right (a heading spanning rows starts on its first row).
     */
    public record Row(String key, String label, int level, List<String> path, List<Label> labels) implements Serializable {}

    /** The heading of part 三, which spans the rows of the year's outcomes. */
    public static final String RESULTS_HEADING = "三、本年度办理结果";
    /** The label columns on the left of the numbers. */
    public static final int LABEL_COLUMNS = 3;

    public record CrossCheck(boolean ok, long newAndCarriedOver, long outcomesAndCarriedForward) implements Serializable {}

    public static final String NEW = "NEW";
    public static final String CARRIED_OVER = "CARRIED_OVER";
    public static final String OUTCOMES_TOTAL = "OUTCOMES_TOTAL";
    public static final String CARRIED_FORWARD = "CARRIED_FORWARD";
    /** The total column's key. */
    public static final String TOTAL = "TOTAL";

    private final int year;
    private final List<Row> rows = new ArrayList<>();
    /** row key → column key → the request numbers in the cell. */
    private final Map<String, Map<String, List<String>>> cells = new LinkedHashMap<>();

    private RequestTable(int year) {
        this.year = year;
        row(NEW, "一、本年新收政府信息公开申请数量", 0, List.of("一、本年新收政府信息公开申请数量"), new Label("一、本年新收政府信息公开申请数量", LABEL_COLUMNS, 1));
        row(CARRIED_OVER, "二、上年结转政府信息公开申请数量", 0, List.of("二、上年结转政府信息公开申请数量"), new Label("二、上年结转政府信息公开申请数量", LABEL_COLUMNS, 1));
        int resultRows = DisclosureOutcome.values().length + 1; // every outcome and （七）总计
        Label results = new Label(RESULTS_HEADING, 1, resultRows);
        for (OutcomeGroup g : OutcomeGroup.values()) {
            List<DisclosureOutcome> outcomes = g.outcomes();
            if (outcomes.size() == 1) {
                List<Label> labels = new ArrayList<>();
                if (results != null) labels.add(results);
                labels.add(new Label(g.reportLabel(), 2, 1));
                row(outcomes.get(0).name(), g.reportLabel(), 1, List.of(RESULTS_HEADING, g.reportLabel()), labels.toArray(Label[]::new));
            } else {
                for (DisclosureOutcome o : outcomes) {
                    List<Label> labels = new ArrayList<>();
                    if (results != null) labels.add(results);
                    if (o.item() == 1) labels.add(new Label(g.reportLabel(), 1, outcomes.size()));
                    labels.add(new Label(o.reportLabel(), 1, 1));
                    row(o.name(), o.reportLabel(), 2, List.of(RESULTS_HEADING, g.reportLabel(), o.reportLabel()),
                            labels.toArray(Label[]::new));
                    results = null;
                }
            }
            results = null;
        }
        row(OUTCOMES_TOTAL, "（七）总计", 1, List.of(RESULTS_HEADING, "（七）总计"), new Label("（七）总计", 2, 1));
        row(CARRIED_FORWARD, "四、结转下年度继续办理", 0, List.of("四、结转下年度继续办理"), new Label("四、结转下年度继续办理", LABEL_COLUMNS, 1));
    }

    public static RequestTable of(int year, List<RequestFacts> requests) {
        RequestTable t = new RequestTable(year);
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        for (RequestFacts r : requests) {
            boolean repliedBefore = r.repliedOn() != null && r.repliedOn().isBefore(start);
            boolean repliedIn = r.repliedOn() != null && !r.repliedOn().isBefore(start) && !r.repliedOn().isAfter(end);
            if (r.receivedOn().getYear() == year) t.add(NEW, r);
            if (r.receivedOn().isBefore(start) && !repliedBefore) t.add(CARRIED_OVER, r);
            if (repliedIn && r.outcome() != null) {
                t.add(r.outcome().name(), r);
                t.add(OUTCOMES_TOTAL, r);
            }
            if (!r.receivedOn().isAfter(end) && (r.repliedOn() == null || r.repliedOn().isAfter(end))) t.add(CARRIED_FORWARD, r);
        }
        return t;
    }

    private void row(String key, String label, int level, List<String> path, Label... labels) {
        rows.add(new Row(key, label, level, path, List.of(labels)));
        cells.put(key, new LinkedHashMap<>());
    }

    private void add(String row, RequestFacts r) {
        Map<String, List<String>> cols = cells.get(row);
        cols.computeIfAbsent(r.applicantType().name(), k -> new ArrayList<>()).add(r.number());
        cols.computeIfAbsent(TOTAL, k -> new ArrayList<>()).add(r.number());
    }

    /** The column keys: the applicant types in column order, then {@link #TOTAL}. */
    public static List<String> columns() {
        List<String> c = new ArrayList<>();
        for (ApplicantType t : ApplicantType.values()) c.add(t.name());
        c.add(TOTAL);
        return c;
    }

    public int count(String row, String column) {
        return numbers(row, column).size();
    }

    /** The requests behind a cell (drill-down). */
    public List<String> numbers(String row, String column) {
        Map<String, List<String>> cols = cells.get(row);
        if (cols == null) throw new InvalidValue(SystemText.of("report.table3.noRow", row));
        if (!columns().contains(column)) throw new InvalidValue(SystemText.of("report.table3.noColumn", column));
        return Collections.unmodifiableList(cols.getOrDefault(column, List.of()));
    }

    /** A row's counts, in column order. */
    public List<Integer> counts(String row) {
        return columns().stream().map(c -> count(row, c)).toList();
    }

    /** 一 + 二 = 三（七）总计 + 四, over the total column. */
    public CrossCheck crossCheck() {
        long in = count(NEW, TOTAL) + count(CARRIED_OVER, TOTAL);
        long out = count(OUTCOMES_TOTAL, TOTAL) + count(CARRIED_FORWARD, TOTAL);
        return new CrossCheck(in == out, in, out);
    }

    /** The per-column check too: where it fails, the columns (the UI marks them). */
    public List<String> failingColumns() {
        List<String> failing = new ArrayList<>();
        for (String c : columns()) {
            if (count(NEW, c) + count(CARRIED_OVER, c) != count(OUTCOMES_TOTAL, c) + count(CARRIED_FORWARD, c)) failing.add(c);
        }
        return failing;
    }

    /** The table as a spreadsheet shows it: 项目, the six applicant columns, 总计. */
    public static List<String> sheetHeaders() {
        List<String> h = new ArrayList<>();
        h.add("项目");
        for (ApplicantType t : ApplicantType.values()) {
            h.add(t.isOrganisation() ? ApplicantType.ORGANISATION_HEADING + "：" + t.label() : t.label());
        }
        h.add(ApplicantType.TOTAL_HEADING);
        return h;
    }


    public int year() { return year; }
    public List<Row> rows() { return List.copyOf(rows); }

    /** Counts by outcome group in the year (for the report's summary). */
    public Map<OutcomeGroup, Integer> byGroup() {
        Map<OutcomeGroup, Integer> m = new EnumMap<>(OutcomeGroup.class);
        for (OutcomeGroup g : OutcomeGroup.values()) {
            m.put(g, g.outcomes().stream().mapToInt(o -> count(o.name(), TOTAL)).sum());
        }
        return m;
    }
}
