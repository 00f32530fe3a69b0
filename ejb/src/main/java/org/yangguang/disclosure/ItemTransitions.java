package org.yangguang.disclosure;

import static org.yangguang.disclosure.ItemAction.*;
import static org.yangguang.disclosure.ItemStatus.*;
import static org.yangguang.shared.TransitionTable.when;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.yangguang.shared.Labelled;
import org.yangguang.shared.SystemText;
import org.yangguang.shared.TransitionTable;
import org.yangguang.shared.TransitionTable.Verdict;

/**
 * The state machine of a proactive-disclosure item in one table (保密审查 before anything is public,
 * 条例 第十七条): for each action, the statuses it may start from, who may take it and the
 * conditions that must hold. The entity checks it in every verb, the item page shows a button for
 * each allowed action, and the REST API lists them as {@code allowedActions}.
 */
public final class ItemTransitions {

    /** Who may take an action. */
    public enum Who implements Labelled {
        /** A disclosure editor of the item's agency, or of the government's office (all agencies). */
        EDITOR("信息公开工作人员"),
        /** A confidentiality reviewer who neither drafted nor submitted the item. */
        REVIEWER("保密审查人员（非起草人、提交人）"),
        /** A published item is taken off by the editors or the government's office, not by the reviewer. */
        EDITOR_OR_OFFICE("信息公开工作人员或政务公开办");

        private final String label;

        Who(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** Who asks: their roles and, for an editor of one agency, its department. */
    public record Caller(String username, boolean editor, boolean reviewer, boolean office, Long departmentId)
            implements Serializable {
        public static Caller system(String name) {
            return new Caller(name, true, true, true, null);
        }
    }

    private static final Set<ItemStatus> EDITABLE = EnumSet.of(DRAFT, RETURNED);

    private static final TransitionTable<DisclosureItem, ItemStatus, ItemAction, Who, Void> TABLE =
            TransitionTable.<DisclosureItem, ItemStatus, ItemAction, Who, Void>of(ItemAction.class, ItemTransitions::status, SystemText.of("noun.item"))
                    .rule(EDIT, Who.EDITOR, EDITABLE)
                    .rule(ATTACH, Who.EDITOR, EDITABLE,
                            when(SystemText.of("item.refused.tooManyAttachments", DisclosureItem.MAX_ATTACHMENTS),
                                    (i, x) -> i.getAttachmentIds().size() < DisclosureItem.MAX_ATTACHMENTS))
                    .rule(DETACH, Who.EDITOR, EDITABLE, when(SystemText.of("item.refused.noAttachments"), (i, x) -> !i.getAttachmentIds().isEmpty()))
                    .rule(SUBMIT, Who.EDITOR, EDITABLE)
                    .rule(APPROVE, Who.REVIEWER, EnumSet.of(SUBMITTED))
                    .rule(RETURN, Who.REVIEWER, EnumSet.of(SUBMITTED))
                    .rule(WITHDRAW, Who.EDITOR_OR_OFFICE, EnumSet.of(PUBLISHED))
                    .rule(REPEAL, Who.EDITOR, EnumSet.of(PUBLISHED),
                            when(SystemText.of("item.refused.notInForce"), (i, x) -> i.getValidity() == Validity.IN_FORCE))
                    .build();

    private ItemTransitions() {}

    /** The item's own rules (status and conditions), whoever acts: what the entity checks. */
    public static Verdict<ItemAction> check(DisclosureItem item, ItemAction a) {
        return TABLE.check(item, a, null);
    }

    /** The full answer for a caller: who may act first, then the item's rules. */
    public static Verdict<ItemAction> check(DisclosureItem item, ItemAction a, Caller caller) {
        return TABLE.check(item, a, null, whoRefusal(item, a, caller));
    }

    static void require(DisclosureItem item, ItemAction a) {
        check(item, a).orThrow();
    }

    /** The actions this caller may take on the item now, in the order of {@link ItemAction}. */
    public static List<ItemAction> allowed(DisclosureItem item, Caller caller) {
        return TABLE.actions().stream().filter(a -> check(item, a, caller).allowed()).toList();
    }

    public static Who who(ItemAction a) {
        return TABLE.who(a);
    }

    public static Set<ItemStatus> from(ItemAction a) {
        return EnumSet.copyOf(TABLE.from(a));
    }

    private static ItemStatus status(DisclosureItem item) {
        return item.getStatus() == null ? DRAFT : item.getStatus();
    }

    private static SystemText whoRefusal(DisclosureItem item, ItemAction a, Caller caller) {
        SystemText only = SystemText.of("transition.onlyBy", a, who(a));
        boolean ownAgency = caller.departmentId() == null || caller.departmentId() == item.getDepartmentId();
        switch (who(a)) {
            case EDITOR -> {
                if (!caller.editor()) return only;
                if (!ownAgency) return SystemText.of("item.ownAgencyOnly");
            }
            case REVIEWER -> {
                if (!caller.reviewer()) return only;
                // 保密审查 by someone else: nobody reviews what they drafted or submitted
                if (caller.username().equals(item.getCreatedBy()) || caller.username().equals(item.getSubmittedBy())) {
                    return SystemText.of("item.notOwnReview");
                }
            }
            case EDITOR_OR_OFFICE -> {
                if (!caller.office() && !caller.editor()) return only;
                if (!caller.office() && !ownAgency) return SystemText.of("item.ownAgencyOnly");
            }
        }
        return null;
    }
}
