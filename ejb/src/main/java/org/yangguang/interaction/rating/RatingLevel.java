package org.yangguang.interaction.rating;

import org.yangguang.shared.Labelled;

/** The five levels of GB/T 39735 (政务服务评价工作指南), best first. */
public enum RatingLevel implements Labelled {
    VERY_SATISFIED("非常满意"),
    SATISFIED("满意"),
    BASICALLY_SATISFIED("基本满意"),
    DISSATISFIED("不满意"),
    VERY_DISSATISFIED("非常不满意");

    private final String label;

    RatingLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** 差评: 不满意 and 非常不满意 open a rectification (国办发〔2019〕51号 第三部分). */
    public boolean isBad() {
        return this == DISSATISFIED || this == VERY_DISSATISFIED;
    }

    /** Counted as satisfied in the published share: 非常满意, 满意 and 基本满意. */
    public boolean isSatisfied() {
        return !isBad();
    }
}
