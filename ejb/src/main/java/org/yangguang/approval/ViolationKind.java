package org.yangguang.approval;

import org.yangguang.shared.Labelled;

/** Facts on a case that electronic supervision turns into findings. */
public enum ViolationKind implements Labelled {
    SECOND_CORRECTION_NOTICE("第二次补正告知（一次性告知未落实）"),
    LATE_CORRECTION_NOTICE("超过5个工作日才告知补正"),
    DEEMED_ACCEPTED("逾期未告知补正，自收到材料之日起视为受理"),
    IMMEDIATE_NOT_SAME_DAY("即办件未当场办结"),
    FEE_ABOVE_STANDARD("收费高于公布标准"),
    LATE_DELIVERY("超过10个工作日送达");

    private final String label;

    ViolationKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
