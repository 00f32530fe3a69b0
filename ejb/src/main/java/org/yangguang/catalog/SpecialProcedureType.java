package org.yangguang.catalog;

import org.yangguang.shared.Labelled;

/** 特别程序: procedures whose time does not count against the limit (行政许可法 第四十五条). */
public enum SpecialProcedureType implements Labelled {
    HEARING("听证"),
    TENDER("招标"),
    AUCTION("拍卖"),
    INSPECTION("检验"),
    TESTING("检测"),
    QUARANTINE("检疫"),
    APPRAISAL("鉴定"),
    EXPERT_REVIEW("专家评审"),
    PUBLIC_NOTICE("公示");

    private final String label;

    SpecialProcedureType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static SpecialProcedureType fromLabel(String text) {
        String t = text.trim();
        if (t.equals("现场核查") || t.equals("勘验")) return INSPECTION;
        return Labelled.parse(SpecialProcedureType.class, text, "特别程序");
    }
}
