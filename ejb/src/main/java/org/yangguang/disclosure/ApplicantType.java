package org.yangguang.disclosure;

import org.yangguang.shared.Labelled;

/**
 * Who asked, as the columns of table 三 of the annual report (政府信息公开工作年度报告) count
 * applicants: natural persons, then legal persons or other organisations in five kinds. The order
 * of the constants is the order of the columns; the report adds a 总计 column after them.
 */
public enum ApplicantType implements Labelled {
    NATURAL_PERSON("自然人", 1),
    BUSINESS("商业企业", 2),
    RESEARCH("科研机构", 3),
    PUBLIC_INTEREST("社会公益组织", 4),
    LEGAL_SERVICE("法律服务机构", 5),
    /** The last organisation column, headed 其他 under 法人或其他组织. */
    OTHER_ORGANISATION("其他", 6);

    /** The heading over the five organisation columns. */
    public static final String ORGANISATION_HEADING = "法人或其他组织";
    /** The heading of the column after the last applicant type. */
    public static final String TOTAL_HEADING = "总计";

    private final String label;
    private final int column;

    ApplicantType(String label, int column) {
        this.label = label;
        this.column = column;
    }

    @Override
    public String label() {
        return label;
    }

    /** The column in table 三, from 1 (自然人) to 6 (其他组织). */
    public int column() {
        return column;
    }

    /** Whether the applicant is a legal person or other organisation rather than a natural person. */
    public boolean isOrganisation() {
        return this != NATURAL_PERSON;
    }

    public static ApplicantType fromLabel(String text) {
        return Labelled.parse(ApplicantType.class, text, "申请人类型");
    }
}
