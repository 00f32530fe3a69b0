package org.yangguang.approval;

import org.yangguang.shared.Labelled;

/** Where a case (办件) stands. */
public enum CaseStatus implements Labelled {
    /** 已收件: material being checked; the clock has not started. */
    RECEIVED("已收件"),
    /** 补正中: one-time correction notice given; waiting for the applicant. */
    AWAITING_CORRECTION("待补正"),
    /** 办理中: accepted, the limits run (unless a special procedure stops them). */
    IN_PROGRESS("办理中"),
    /** 已上报: preliminary review done, waiting for the upper level's reply (上报件). */
    REPORTED("已上报"),
    /** 已决定: approved or denied, to be delivered within 10 working days. */
    DECIDED("已决定"),
    /** 已办结: delivered (送达). */
    DELIVERED("已办结"),
    /** 不予受理. */
    REFUSED("不予受理");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this != DELIVERED && this != REFUSED;
    }
}
