package org.yangguang.disclosure;

import org.yangguang.shared.Labelled;

/**
 * How the processing fee is counted (信息处理费管理办法 第三条 to 第五条): by requests or by pages,
 * never both for one request. Both are progressive (超额累进): each unit is priced by the band it
 * falls in, so a bill never jumps at a band's edge.
 */
public enum FeeMethod implements Labelled {
    /**
     * 按件计收, per applicant per calendar month: up to 10 requests free, the 11th to 30th at 100 元,
     * then 100 元 more for each further band of 10 (31st–40th at 200, 41st–50th at 300 …).
     */
    BY_COUNT("按件计收", "件"),
    /** 按量计收: up to 30 pages free, 31–100 at 10 元/页, 101–200 at 20 元/页, from 201 at 40 元/页. */
    BY_PAGE("按量计收", "页");

    /** A band of units with one unit price; {@code last} is {@link Integer#MAX_VALUE} for the open top band. */
    public record Band(int first, int last, long unitPrice) {}

    private final String label;
    private final String unit;

    FeeMethod(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    @Override
    public String label() {
        return label;
    }

    /** The unit counted: 件 or 页. */
    public String unit() {
        return unit;
    }

    /** The band the {@code n}-th unit (from 1) falls in. */
    public Band bandOf(int n) {
        if (n < 1) throw new IllegalArgumentException("计费单位从1开始：" + n);
        return switch (this) {
            case BY_COUNT -> {
                if (n <= 10) yield new Band(1, 10, 0);
                if (n <= 30) yield new Band(11, 30, 100);
                int step = (n - 31) / 10; // 31–40 is step 0
                yield new Band(31 + 10 * step, 40 + 10 * step, 200 + 100L * step);
            }
            case BY_PAGE -> {
                if (n <= 30) yield new Band(1, 30, 0);
                if (n <= 100) yield new Band(31, 100, 10);
                if (n <= 200) yield new Band(101, 200, 20);
                yield new Band(201, Integer.MAX_VALUE, 40);
            }
        };
    }

    public static FeeMethod fromLabel(String text) {
        return Labelled.parse(FeeMethod.class, text, "计费方式");
    }
}
