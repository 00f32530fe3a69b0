package org.yangguang.disclosure;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.yangguang.shared.InvalidValue;
import org.yangguang.shared.SystemText;

/**
 * 信息处理费 (政府信息公开条例 第四十二条): the fee for requests beyond a reasonable number or size,
 * in whole yuan, itemised by band for the fee notice. One {@link FeeMethod} per fee, so counting
 * by requests and by pages at once cannot be expressed.
 *
 * <p>Units are counted per applicant per calendar month: {@link #forMonth} prices the month's
 * units 1 to n; {@link #forRequest} prices the units one request adds on top of those already
 * counted this month, which is what its fee notice asks.
 *
 * @param method by requests or by pages
 * @param first the first unit priced (from 1); {@code last} < {@code first} when nothing is priced
 * @param last the last unit priced
 * @param lines one line per band touched, in order, free bands included
 * @param totalYuan the sum of the lines
 */
public record ProcessingFee(FeeMethod method, int first, int last, List<Line> lines, long totalYuan) implements Serializable {

    /** No applicant makes this many requests or pages in a month; guards against typing errors. */
    public static final int MAX_UNITS = 1_000_000;

    /** The units of one band: {@code units} × {@code unitPrice} = {@code amount}. */
    public record Line(int first, int last, long unitPrice, long amount) implements Serializable {
        public int units() {
            return last - first + 1;
        }

        /** As printed on the fee notice, e.g. 第11—30件：100元/件 × 20件 = 2000元. */
        public String describe(FeeMethod method) {
            String u = method.unit();
            String range = first == last ? "第" + first + u : "第" + first + "—" + last + u;
            if (unitPrice == 0) return range + "：免费";
            return range + "：" + unitPrice + "元/" + u + " × " + units() + u + " = " + amount + "元";
        }
    }

    public ProcessingFee {
        Objects.requireNonNull(method, "请选择计费方式");
        lines = List.copyOf(lines);
    }

    /** The fee for an applicant's first {@code units} requests (or pages) of a month. */
    public static ProcessingFee forMonth(FeeMethod method, int units) {
        return forRequest(method, 0, units);
    }

    /**
     * The fee for {@code units} more requests (or pages) when {@code alreadyCounted} have been
     * counted this month: units {@code alreadyCounted + 1} to {@code alreadyCounted + units}.
     */
    public static ProcessingFee forRequest(FeeMethod method, int alreadyCounted, int units) {
        Objects.requireNonNull(method, "请选择计费方式");
        if (alreadyCounted < 0 || units < 0) {
            throw new InvalidValue(SystemText.of("disclosure.fee.negativeUnits", alreadyCounted, units));
        }
        if ((long) alreadyCounted + units > MAX_UNITS) {
            throw new InvalidValue(SystemText.of("disclosure.fee.tooManyUnits", MAX_UNITS, (long) alreadyCounted + units));
        }
        int first = alreadyCounted + 1;
        int last = alreadyCounted + units;
        List<Line> lines = new ArrayList<>();
        long total = 0;
        for (int n = first; n <= last; ) {
            FeeMethod.Band band = method.bandOf(n);
            int end = Math.min(band.last(), last);
            long amount = Math.multiplyExact(band.unitPrice(), (long) end - n + 1);
            lines.add(new Line(n, end, band.unitPrice(), amount));
            total = Math.addExact(total, amount);
            n = end + 1;
        }
        return new ProcessingFee(method, first, last, lines, total);
    }

    /** Whether anything is to be paid; a free request gets no fee notice. */
    public boolean isCharged() {
        return totalYuan > 0;
    }

    /** The itemised lines as printed on the fee notice. */
    public List<String> describe() {
        return lines.stream().map(l -> l.describe(method)).toList();
    }
}
