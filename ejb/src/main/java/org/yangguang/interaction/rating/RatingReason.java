package org.yangguang.interaction.rating;

import org.yangguang.shared.Labelled;

/**
 * Why a rating is not better: the fixed list the applicant ticks, after the evaluation items of
 * GB/T 39735 (服务指南, 办理时限, 跑动次数, 申请材料, 办事流程, 服务态度, 业务能力, 服务环境, 收费).
 */
public enum RatingReason implements Labelled {
    GUIDE_UNCLEAR("办事指南不清楚"),
    MANY_TRIPS("多次跑动"),
    OVERDUE("超时办结"),
    POOR_ATTITUDE("态度不好"),
    REPEATED_MATERIALS("材料要求反复"),
    COMPLICATED_PROCESS("办事流程繁琐"),
    LONG_WAIT("排队等候时间长"),
    UNSKILLED("业务不熟练"),
    IMPROPER_FEES("收费不合理"),
    OTHER("其他");

    private final String label;

    RatingReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
