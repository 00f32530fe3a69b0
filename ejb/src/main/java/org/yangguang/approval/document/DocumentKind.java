package org.yangguang.approval.document;

import org.yangguang.shared.Labelled;

/**
 * The documents a case issues to the applicant. Each kind has its own number sequence per
 * department and year: {@code {agency short name}{code}字〔{year}〕第{n}号}.
 */
public enum DocumentKind implements Labelled {
    RECEIPT("收件凭证", "许收"),
    CORRECTION("补正告知书", "许补"),
    ACCEPTANCE("受理通知书", "许受"),
    REFUSAL("不予受理决定书", "许不受"),
    SPECIAL_PROCEDURE("特别程序告知书", "许特"),
    EXTENSION("延期告知书", "许延"),
    GRANT("准予行政许可决定书", "许准"),
    PARTIAL_GRANT("部分准予行政许可决定书", "许部准"),
    DENIAL("不予行政许可决定书", "许不准"),
    DELIVERY("送达回证", "许送");

    private final String label;
    private final String code;

    DocumentKind(String label, String code) {
        this.label = label;
        this.code = code;
    }

    @Override
    public String label() {
        return label;
    }

    /** The kind's part of the number, before 字. */
    public String code() {
        return code;
    }

    /** 文号: {@code {agency short name}{code}字〔{year}〕第{n}号}, e.g. 阳市监许受字〔2026〕第12号. */
    public String number(String agencyPrefix, int year, int seq) {
        return agencyPrefix + code + "字〔" + year + "〕第" + seq + "号";
    }

    /** Refusals state the reasons and the applicant's right to reconsideration and litigation (第三十八条). */
    public boolean statesRights() {
        return this == REFUSAL || this == DENIAL || this == PARTIAL_GRANT;
    }
}
