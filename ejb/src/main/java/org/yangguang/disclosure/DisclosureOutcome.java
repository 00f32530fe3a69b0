package org.yangguang.disclosure;

import java.util.List;
import org.yangguang.shared.Labelled;

/**
 * The outcome of a reply to a disclosure request, exactly as the rows under 本年度办理结果 in table
 * 三 of the national annual-report format (《中华人民共和国政府信息公开工作年度报告格式》, 2021)
 * count them: 予以公开 is row 1, 部分公开 row 2, then the sub-rows of the other groups. Every reply
 * has exactly one outcome, so the rows add up to the 总计 row; the constants are declared in row
 * order. Legal grounds: 政府信息公开条例 第十四条 to 第十六条 (not disclosed), 第三十六条 (replies),
 * 第三十条 and 第四十二条 (deemed withdrawn).
 */
public enum DisclosureOutcome implements Labelled {
    DISCLOSED(OutcomeGroup.DISCLOSED, 1, "予以公开"),
    PARTLY_DISCLOSED(OutcomeGroup.PARTLY_DISCLOSED, 2, "部分公开"),

    STATE_SECRET(OutcomeGroup.NOT_DISCLOSED, 3, "属于国家秘密"),
    FORBIDDEN_BY_LAW(OutcomeGroup.NOT_DISCLOSED, 4, "其他法律行政法规禁止公开"),
    /** 危及国家安全、公共安全、经济安全和社会稳定 (条例 第十四条). */
    ENDANGERS_SECURITY(OutcomeGroup.NOT_DISCLOSED, 5, "危及“三安全一稳定”"),
    THIRD_PARTY_RIGHTS(OutcomeGroup.NOT_DISCLOSED, 6, "保护第三方合法权益"),
    /** 人事管理、后勤管理、内部工作流程 (条例 第十六条第一款). */
    INTERNAL_AFFAIRS(OutcomeGroup.NOT_DISCLOSED, 7, "属于三类内部事务信息"),
    /** 讨论记录、过程稿、磋商信函、请示报告 (条例 第十六条第二款). */
    PROCESS_INFORMATION(OutcomeGroup.NOT_DISCLOSED, 8, "属于四类过程性信息"),
    ENFORCEMENT_FILE(OutcomeGroup.NOT_DISCLOSED, 9, "属于行政执法案卷"),
    ADMINISTRATIVE_INQUIRY(OutcomeGroup.NOT_DISCLOSED, 10, "属于行政查询事项"),

    NOT_HELD(OutcomeGroup.CANNOT_PROVIDE, 11, "本机关不掌握相关政府信息"),
    WOULD_HAVE_TO_BE_MADE(OutcomeGroup.CANNOT_PROVIDE, 12, "没有现成信息需要另行制作"),
    STILL_UNCLEAR(OutcomeGroup.CANNOT_PROVIDE, 13, "补正后申请内容仍不明确"),

    PETITION_OR_COMPLAINT(OutcomeGroup.NOT_PROCESSED, 14, "信访举报投诉类申请"),
    REPEATED(OutcomeGroup.NOT_PROCESSED, 15, "重复申请"),
    PUBLIC_PUBLICATION(OutcomeGroup.NOT_PROCESSED, 16, "要求提供公开出版物"),
    MASS_REPETITION(OutcomeGroup.NOT_PROCESSED, 17, "无正当理由大量反复申请"),
    CONFIRM_OR_REISSUE(OutcomeGroup.NOT_PROCESSED, 18, "要求行政机关确认或重新出具已获取信息"),

    /** Deemed withdrawn: no correction within the time the correction notice gave (条例 第三十条). */
    NO_CORRECTION_IN_TIME(OutcomeGroup.OTHER, 19, "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    /** Deemed withdrawn: the processing fee was not paid in time (信息处理费管理办法). */
    FEE_NOT_PAID(OutcomeGroup.OTHER, 20, "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    OTHER(OutcomeGroup.OTHER, 21, "其他");

    private final OutcomeGroup group;
    private final int row;
    private final String label;

    DisclosureOutcome(OutcomeGroup group, int row, String label) {
        this.group = group;
        this.row = row;
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public OutcomeGroup group() {
        return group;
    }

    /** The row among the outcome rows of table 三, from 1 (予以公开) to 21 (其他). */
    public int row() {
        return row;
    }

    /** The sub-row number within the group (1. 属于国家秘密 …), 0 for a group that is one row. */
    public int item() {
        List<DisclosureOutcome> siblings = group.outcomes();
        return siblings.size() == 1 ? 0 : siblings.indexOf(this) + 1;
    }

    /** The row heading as the table prints it: （一）予以公开, or 1.属于国家秘密 under its group. */
    public String reportLabel() {
        int item = item();
        return item == 0 ? group.reportLabel() : item + "." + label;
    }

    /**
     * The outcome as one phrase: the group and the sub-row (不予公开：属于国家秘密), or just the row
     * where the group is one row (部分公开, never 部分公开：部分公开).
     */
    public String fullLabel() {
        return item() == 0 ? label : group.label() + "：" + label;
    }

    /**
     * Whether the reply withholds information and so must state the legal ground for it (条例
     * 第三十六条第（三）项, 第三十七条): 部分公开 and every 不予公开 row.
     */
    public boolean withholds() {
        return this == PARTLY_DISCLOSED || group == OutcomeGroup.NOT_DISCLOSED;
    }

    /**
     * The ground a 不予公开 row rests on (its article is cited in the letter); null for 属于行政查询事项
     * (第三十六条第（七）项: another law governs the access) and for every other group. A 部分公开 reply
     * names its grounds itself.
     */
    public WithholdingGround ground() {
        return switch (this) {
            case STATE_SECRET -> WithholdingGround.STATE_SECRET;
            case FORBIDDEN_BY_LAW -> WithholdingGround.FORBIDDEN_BY_LAW;
            case ENDANGERS_SECURITY -> WithholdingGround.ENDANGERS_SECURITY;
            case THIRD_PARTY_RIGHTS -> WithholdingGround.THIRD_PARTY_RIGHTS;
            case INTERNAL_AFFAIRS -> WithholdingGround.INTERNAL_AFFAIRS;
            case PROCESS_INFORMATION -> WithholdingGround.PROCESS_INFORMATION;
            case ENFORCEMENT_FILE -> WithholdingGround.ENFORCEMENT_FILE;
            default -> null;
        };
    }

    /** Whether the applicant gets (some of) the information asked for. */
    public boolean discloses() {
        return this == DISCLOSED || this == PARTLY_DISCLOSED;
    }

    /** Whether the request is closed without answering what was asked (see {@link OutcomeGroup#isSubstantive()}). */
    public boolean closesWithoutSubstantiveAnswer() {
        return !group.isSubstantive();
    }

    /**
     * Whether the applicant is deemed to have withdrawn the request (视为放弃申请): the time limits
     * decide these ({@link RequestLimits#withdrawnAs}), not the agency.
     */
    public boolean isDeemedWithdrawal() {
        return this == NO_CORRECTION_IN_TIME || this == FEE_NOT_PAID;
    }

    /** Parses a label or code name; straight quotes are accepted for the “” in 危及“三安全一稳定”. */
    public static DisclosureOutcome fromLabel(String text) {
        return Labelled.parse(DisclosureOutcome.class, curlyQuotes(text), "办理结果");
    }

    private static String curlyQuotes(String text) {
        if (text == null || text.indexOf('"') < 0) return text;
        StringBuilder b = new StringBuilder(text.length());
        boolean open = true;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                b.append(open ? '“' : '”');
                open = !open;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
