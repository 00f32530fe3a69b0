package org.yangguang.disclosure;

import org.yangguang.shared.Labelled;

/**
 * Why information is not disclosed, with the article of the 政府信息公开条例 (2019) that says so:
 * 第十四条 (state secrets, laws forbidding it, the three securities and stability), 第十五条 (trade
 * secrets, privacy: third parties' rights) and 第十六条 (internal affairs; process information and
 * law-enforcement files). A 不予公开 reply rests on the one its outcome names; a 部分公开 reply
 * (区分处理, 第三十七条) names one or more for the part it withholds.
 */
public enum WithholdingGround implements Labelled {
    STATE_SECRET("属于国家秘密", "第十四条", "依法确定为国家秘密的政府信息"),
    FORBIDDEN_BY_LAW("法律、行政法规禁止公开", "第十四条", "法律、行政法规禁止公开的政府信息"),
    ENDANGERS_SECURITY("危及“三安全一稳定”", "第十四条", "公开后可能危及国家安全、公共安全、经济安全、社会稳定的政府信息"),
    THIRD_PARTY_RIGHTS("保护第三方合法权益", "第十五条", "涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害的政府信息"),
    INTERNAL_AFFAIRS("属于内部事务信息", "第十六条第一款", "行政机关的人事管理、后勤管理、内部工作流程等内部事务信息"),
    PROCESS_INFORMATION("属于过程性信息", "第十六条第二款", "行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息"),
    ENFORCEMENT_FILE("属于行政执法案卷信息", "第十六条第二款", "行政执法案卷信息");

    private final String label;
    private final String article;
    private final String description;

    WithholdingGround(String label, String article, String description) {
        this.label = label;
        this.article = article;
        this.description = description;
    }

    @Override
    public String label() {
        return label;
    }

    /** The article of the 条例, e.g. 第十六条第二款. */
    public String article() {
        return article;
    }

    /** What the article describes, as the letter states it. */
    public String description() {
        return description;
    }
}
