package org.yangguang.disclosure;

import org.yangguang.shared.Labelled;

/** The form the applicant asks the information in (条例 第二十九条: 获取信息的方式、途径). */
public enum ProvideForm implements Labelled {
    PAPER("纸质"),
    ELECTRONIC("电子数据");

    private final String label;

    ProvideForm(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
