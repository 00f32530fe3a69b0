package org.yangguang.approval;

import org.yangguang.shared.Labelled;

/** The outcome of a case. A denial and a partial grant state their reasons (行政许可法 第三十八条). */
public enum Decision implements Labelled {
    APPROVED("准予许可"),
    /** 部分准予: granted in part; the part refused is a denial, with its reasons and the applicant's rights. */
    PARTIAL("部分准予许可"),
    DENIED("不予许可");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether (part of) the application is refused: the decision must give the reasons. */
    public boolean refusesSomething() {
        return this != APPROVED;
    }
}
