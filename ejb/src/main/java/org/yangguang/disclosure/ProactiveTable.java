package org.yangguang.disclosure;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yangguang.disclosure.DisclosureCategory.TableTwoLine;
import org.yangguang.shared.InvalidValue;
import org.yangguang.shared.SystemText;

/**
 * Table 二 of the annual report (主动公开政府信息情况), from the published items and the cases:
 * rules and normative documents made, repealed and in force at the year's end (第二十条第（一）项);
 * licensing decisions (第（五）项, the cases decided in the year); penalty and enforcement
 * decisions published (第（六）项); the administrative fees charged on the cases decided in the
 * year (第（八）项, in 万元). Every item count keeps the items behind it.
 */
public final class ProactiveTable implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A published (or since withdrawn) item of a counted category, as the table reads it. */
    public record ItemFact(long id, TableTwoLine line, LocalDate formedOn, LocalDate publishedOn, Validity validity,
            LocalDate validityChangedOn, boolean withdrawn) implements Serializable {}

    public static final String MADE = "MADE";
    public static final String REPEALED = "REPEALED";
    public static final String IN_FORCE = "IN_FORCE";
    public static final String DECISIONS = "DECISIONS";
    public static final String LICENSING = "LICENSING";
    public static final String FEES = "FEES";

    private final int year;
    /** "line.column" → item ids. */
    private final Map<String, List<String>> cells = new LinkedHashMap<>();
    private final BigDecimal feesYuan;
    /** Counted in the database: a county decides hundreds of thousands of cases a year. */
    private final long licensingDecisions;

    private ProactiveTable(int year, long licensingDecisions, BigDecimal feesYuan) {
        this.year = year;
        this.licensingDecisions = licensingDecisions;
        this.feesYuan = feesYuan;
    }

    public static ProactiveTable of(int year, List<ItemFact> items, long licensingDecisions, BigDecimal feesYuan) {
        ProactiveTable t = new ProactiveTable(year, licensingDecisions, feesYuan == null ? BigDecimal.ZERO : feesYuan);
        LocalDate end = LocalDate.of(year, 12, 31);
        for (TableTwoLine line : TableTwoLine.values()) {
            for (String c : List.of(MADE, REPEALED, IN_FORCE, DECISIONS)) t.cells.put(line + "." + c, new ArrayList<>());
        }
        for (ItemFact f : items) {
            String id = Long.toString(f.id());
            if (f.publishedOn() == null || f.publishedOn().isAfter(end)) continue;
            switch (f.line()) {
                case RULE, NORMATIVE -> {
                    if (f.formedOn().getYear() == year) t.cells.get(f.line() + "." + MADE).add(id);
                    boolean changedByEnd = f.validity() != Validity.IN_FORCE && f.validityChangedOn() != null
                            && !f.validityChangedOn().isAfter(end);
                    if (f.validity() == Validity.REPEALED && changedByEnd && f.validityChangedOn().getYear() == year) {
                        t.cells.get(f.line() + "." + REPEALED).add(id);
                    }
                    if (!changedByEnd && !f.withdrawn()) t.cells.get(f.line() + "." + IN_FORCE).add(id);
                }
                case PENALTY, ENFORCEMENT -> {
                    if (f.publishedOn().getYear() == year) t.cells.get(f.line() + "." + DECISIONS).add(id);
                }
            }
        }
        return t;
    }

    public long count(String line, String column) {
        if (LICENSING.equals(line) && DECISIONS.equals(column)) return licensingDecisions;
        return ids(line, column).size();
    }

    /** The items behind a cell (ids); the licensing decisions are drilled into as cases. */
    public List<String> ids(String line, String column) {
        List<String> ids = cells.get(line + "." + column);
        if (ids == null) throw new InvalidValue(SystemText.of("report.table2.noCell", line + "." + column));
        return Collections.unmodifiableList(ids);
    }

    /** 本年收费金额, in 万元 with four decimals as the national form asks. */
    public BigDecimal feesTenThousandYuan() {
        return feesYuan.divide(BigDecimal.valueOf(10_000), 4, RoundingMode.HALF_UP);
    }

    public int year() {
        return year;
    }
}
