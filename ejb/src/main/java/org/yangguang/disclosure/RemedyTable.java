package org.yangguang.disclosure;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.yangguang.shared.InvalidValue;
import org.yangguang.shared.SystemText;

/**
 * Table 四 of the annual report (政府信息公开行政复议、行政诉讼情况): the reconsiderations and
 * lawsuits filed in the year, by kind and by their outcome at the year's end (decided later =
 * 尚未审结), with a total per kind: fifteen columns. Each cell keeps the request numbers behind it.
 */
public final class RemedyTable implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The facts of one remedy the table needs. */
    public record Fact(String requestNumber, RemedyKind kind, LocalDate filedOn, RemedyOutcome outcomeAtYearEnd)
            implements Serializable {}

    /** One of the fifteen columns: a kind and an outcome, or the kind's total (outcome null). */
    public record Column(RemedyKind kind, RemedyOutcome outcome) implements Serializable {
        public String key() {
            return kind.name() + "." + (outcome == null ? "TOTAL" : outcome.name());
        }

        public String label() {
            return outcome == null ? "总计" : outcome.label();
        }
    }

    private final int year;
    private final Map<RemedyKind, Map<RemedyOutcome, List<String>>> cells = new EnumMap<>(RemedyKind.class);

    private RemedyTable(int year) {
        this.year = year;
        for (RemedyKind k : RemedyKind.values()) {
            Map<RemedyOutcome, List<String>> byOutcome = new EnumMap<>(RemedyOutcome.class);
            for (RemedyOutcome o : RemedyOutcome.values()) byOutcome.put(o, new ArrayList<>());
            cells.put(k, byOutcome);
        }
    }

    /** The table of {@code year} from remedies filed in it (others are ignored). */
    public static RemedyTable of(int year, List<Fact> facts) {
        RemedyTable t = new RemedyTable(year);
        for (Fact f : facts) {
            if (f.filedOn().getYear() != year) continue;
            t.cells.get(f.kind()).get(f.outcomeAtYearEnd()).add(f.requestNumber());
        }
        return t;
    }

    public static List<Column> columns() {
        List<Column> c = new ArrayList<>();
        for (RemedyKind k : RemedyKind.values()) {
            for (RemedyOutcome o : List.of(RemedyOutcome.UPHELD, RemedyOutcome.CORRECTED, RemedyOutcome.OTHER, RemedyOutcome.PENDING)) {
                c.add(new Column(k, o));
            }
            c.add(new Column(k, null));
        }
        return c;
    }

    public int count(Column c) {
        return numbers(c).size();
    }

    /** The requests behind a cell (a request challenged twice appears twice). */
    public List<String> numbers(Column c) {
        if (c.outcome() != null) return Collections.unmodifiableList(cells.get(c.kind()).get(c.outcome()));
        List<String> all = new ArrayList<>();
        cells.get(c.kind()).values().forEach(all::addAll);
        return all;
    }

    public List<String> numbers(String columnKey) {
        return numbers(columns().stream().filter(c -> c.key().equals(columnKey)).findFirst()
                .orElseThrow(() -> new InvalidValue(SystemText.of("report.table4.noColumn", columnKey))));
    }

    public List<Integer> counts() {
        return columns().stream().map(this::count).toList();
    }

    public int year() {
        return year;
    }
}
