package org.yangguang.catalog;

import org.yangguang.shared.Labelled;

/** The ten kinds of administrative power plus public service (domain.md glossary). */
public enum MatterType implements Labelled {
    ADMINISTRATIVE_LICENSING("行政许可"),
    ADMINISTRATIVE_PENALTY("行政处罚"),
    ADMINISTRATIVE_COERCION("行政强制"),
    ADMINISTRATIVE_LEVY("行政征收"),
    ADMINISTRATIVE_PAYMENT("行政给付"),
    ADMINISTRATIVE_INSPECTION("行政检查"),
    ADMINISTRATIVE_CONFIRMATION("行政确认"),
    ADMINISTRATIVE_REWARD("行政奖励"),
    ADMINISTRATIVE_ADJUDICATION("行政裁决"),
    OTHER_POWER("其他行政权力"),
    PUBLIC_SERVICE("公共服务");

    private final String label;

    MatterType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Accepts the Chinese label, the code name, and the legacy labels still found in old lists. */
    public static MatterType fromLabel(String text) {
        String t = text == null ? "" : text.trim();
        if (t.equals("非行政许可审批")) return OTHER_POWER;
        if (t.equals("便民服务")) return PUBLIC_SERVICE;
        return Labelled.parse(MatterType.class, text, "事项类型");
    }
}
