package org.yangguang.disclosure;

import org.yangguang.shared.WorkflowAction;

/**
 * The actions on a proactive-disclosure item; their paths are the REST action path segments and
 * the names {@code allowedActions} lists; each has its code in the audit trail.
 */
public enum ItemAction implements WorkflowAction {
    /** The editor's fields (PUT on the item, not posted as an action). */
    EDIT("edit", "修改", "ITEM_UPDATE"),
    /** Attachments are uploaded on the page. */
    ATTACH("attach", "添加附件", "ITEM_ATTACH"),
    DETACH("detach", "删除附件", "ITEM_DETACH"),
    SUBMIT("submit", "提交保密审查", "ITEM_SUBMIT"),
    /** 保密审查通过并公开, with the reviewer's opinion if any. */
    APPROVE("approve", "审查通过并公开", "ITEM_APPROVE"),
    RETURN("return", "退回修改", "ITEM_RETURN"),
    /** Taken off the public pages with a reason; the record stays. */
    WITHDRAW("withdraw", "撤回", "ITEM_WITHDRAW"),
    /** 废止: stays public, marked repealed. */
    REPEAL("repeal", "废止", "ITEM_REPEAL");

    private final Names names;

    ItemAction(String path, String label, String auditCode) {
        this.names = new Names(path, label, auditCode);
    }

    @Override
    public Names names() {
        return names;
    }

    /** Whether it is posted as JSON to {@code …/items/{id}/{path}} (editing and attachments have their own ways). */
    @Override
    public boolean isPosted() {
        return this != EDIT && this != ATTACH && this != DETACH;
    }

    public static ItemAction fromPath(String path) {
        return WorkflowAction.fromPath(ItemAction.class, path, "item.noSuchAction");
    }
}
