package org.yangguang.interaction.rating;

import static org.yangguang.interaction.rating.RectificationAction.*;
import static org.yangguang.interaction.rating.RectificationStatus.*;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.yangguang.shared.Labelled;
import org.yangguang.shared.SystemText;
import org.yangguang.shared.TransitionTable;
import org.yangguang.shared.TransitionTable.Verdict;

/**
 * The state machine of a bad rating's rectification in one table (国办发〔2019〕51号: 差评核实、
 * 整改、反馈): the supervision office verifies it with a return visit, confirmed or unfounded; the
 * rated department reports its rectification. The entity checks it in every verb, the pages show a
 * button for each allowed action, the REST API lists them as {@code allowedActions}.
 */
public final class RectificationTransitions {

    /** Who may take an action. */
    public enum Who implements Labelled {
        /** The supervision office (监察机关). */
        SUPERVISOR("监察机关"),
        /** The rated department (its clerks and approvers), for its own ratings only. */
        DEPARTMENT("被评价部门");

        private final String label;

        Who(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** Who acts: a supervisor, or a department user (with the id of the department), or neither. */
    public record Caller(String username, boolean supervisor, Long departmentId) implements Serializable {}

    private static final TransitionTable<Rectification, RectificationStatus, RectificationAction, Who, Void> TABLE =
            TransitionTable.<Rectification, RectificationStatus, RectificationAction, Who, Void>of(RectificationAction.class,
                            Rectification::getStatus, SystemText.of("noun.rectification"))
                    .rule(CONFIRM, Who.SUPERVISOR, EnumSet.of(VERIFYING))
                    .rule(MARK_UNFOUNDED, Who.SUPERVISOR, EnumSet.of(VERIFYING))
                    .rule(REPORT, Who.DEPARTMENT, EnumSet.of(RECTIFYING))
                    .build();

    private RectificationTransitions() {}

    /** The rectification's own rules (status), whoever acts: what the entity checks. */
    public static Verdict<RectificationAction> check(Rectification r, RectificationAction a) {
        return TABLE.check(r, a, null);
    }

    public static Verdict<RectificationAction> check(Rectification r, RectificationAction a, Caller caller) {
        return TABLE.check(r, a, null, whoRefusal(r, a, caller));
    }

    private static SystemText whoRefusal(Rectification r, RectificationAction a, Caller caller) {
        return switch (who(a)) {
            case SUPERVISOR -> caller.supervisor() ? null : SystemText.of("transition.onlyBy", a, Who.SUPERVISOR);
            case DEPARTMENT -> caller.departmentId() != null && caller.departmentId() == r.getDepartmentId() ? null
                    : SystemText.of("rectification.ownDepartmentOnly");
        };
    }

    static void require(Rectification r, RectificationAction a) {
        check(r, a).orThrow();
    }

    /** The actions this caller may take now, in the order of {@link RectificationAction}. */
    public static List<RectificationAction> allowed(Rectification r, Caller caller) {
        return TABLE.actions().stream().filter(a -> check(r, a, caller).allowed()).toList();
    }

    public static Who who(RectificationAction a) {
        return TABLE.who(a);
    }

    public static Set<RectificationStatus> from(RectificationAction a) {
        return EnumSet.copyOf(TABLE.from(a));
    }
}
