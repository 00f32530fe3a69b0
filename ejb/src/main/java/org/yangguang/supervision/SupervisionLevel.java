package org.yangguang.supervision;

import org.yangguang.shared.Labelled;

/** How serious a finding is; a case's supervision status is the highest level that stands. */
public enum SupervisionLevel implements Labelled {
    WARNING("预警", 1),
    YELLOW("黄牌", 2),
    RED("红牌", 3);

    private final String label;
    private final int rank;

    SupervisionLevel(String label, int rank) {
        this.label = label;
        this.rank = rank;
    }

    /** Cards go to the department, which must answer them; warnings only inform. */
    public boolean isCard() {
        return this != WARNING;
    }

    /** The number stored in {@code approval_case.supervision_level}. */
    public int rank() {
        return rank;
    }

    public static String labelOfRank(int rank) {
        for (SupervisionLevel l : values()) {
            if (l.rank == rank) return l.label;
        }
        return "无";
    }

    @Override
    public String label() {
        return label;
    }
}
