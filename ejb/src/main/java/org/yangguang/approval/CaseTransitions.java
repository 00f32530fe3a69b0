package org.yangguang.approval;

import static org.yangguang.approval.CaseAction.*;
import static org.yangguang.approval.CaseStatus.*;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.yangguang.catalog.HandlingKind;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.ForbiddenException;
import org.yangguang.shared.Labelled;
import org.yangguang.shared.SystemText;

/**
 * The state machine of a case in one table: for each action, the statuses it may start from, who
 * may take it, and the conditions that must hold. The entity checks it in every verb, the case
 * page shows a button for each allowed action, the REST API lists them as {@code allowedActions},
 * and the legacy import replays histories through the same verbs.
 */
public final class CaseTransitions {

    /** Who may take an action. */
    public enum Who implements Labelled {
        /** A clerk or approver of the case's department (承办人员). */
        CASE_WORKER("本部门承办人员"),
        /** The department's approver (审批人, the head who decides and approves extensions). */
        APPROVER("本部门审批人"),
        /** A co-handling department of a joint case, on its own open part. */
        JOINT_PARTNER("联办部门");

        private final String label;

        Who(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** A condition with the sentence that explains a refusal. */
    record Condition(SystemText refusal, BiPredicate<ApprovalCase, LocalDate> holds) {}

    record Rule(CaseAction action, Set<CaseStatus> from, Who who, List<Condition> conditions) {}

    /** The answer for one action: allowed, or refused with the reason shown to the user. */
    public record Verdict(CaseAction action, boolean allowed, SystemText refusal, boolean byWho) {
        static Verdict yes(CaseAction a) {
            return new Verdict(a, true, null, false);
        }

        /** The refusal in Chinese; null when allowed. */
        public String reason() {
            return refusal == null ? null : refusal.chinese();
        }

        /** Throws the refusal: forbidden if it is about who acts, a conflict with the case's state otherwise. */
        public void orThrow() {
            if (allowed) return;
            if (byWho) throw new ForbiddenException(refusal);
            throw new ConflictException(refusal);
        }
    }

    private static final Map<CaseAction, Rule> TABLE = new EnumMap<>(CaseAction.class);

    private static final Condition CLOCK_RUNNING = when(SystemText.of("case.refused.clockStopped"),
            (c, d) -> c.getClock().isRunning());

    static {
        rule(CHECK_MATERIALS, Who.CASE_WORKER, EnumSet.of(RECEIVED, AWAITING_CORRECTION),
                when(SystemText.of("case.refused.allChecked"), (c, d) -> !c.getCheck().unchecked().isEmpty()));
        rule(REQUEST_CORRECTION, Who.CASE_WORKER, EnumSet.of(RECEIVED, AWAITING_CORRECTION),
                when(SystemText.of("case.refused.nothingMissing"), (c, d) -> c.getStatus() == AWAITING_CORRECTION || !c.missingMaterials().isEmpty()));
        rule(SUPPLEMENT, Who.CASE_WORKER, EnumSet.of(AWAITING_CORRECTION));
        rule(ACCEPT, Who.CASE_WORKER, EnumSet.of(RECEIVED),
                when(SystemText.of("case.refused.materialsMissing"), (c, d) -> c.missingMaterials().isEmpty() || c.isOverdueForNotice(d)));
        rule(REFUSE, Who.CASE_WORKER, EnumSet.of(RECEIVED, AWAITING_CORRECTION));
        rule(COMPLETE_STEP, Who.CASE_WORKER, EnumSet.of(IN_PROGRESS), CLOCK_RUNNING,
                when(SystemText.of("case.refused.reportFirst"), (c, d) -> c.getHandlingKind() != HandlingKind.ESCALATED
                        || c.getEscalation().isReported()),
                when(SystemText.of("case.refused.noStep"), (c, d) -> c.currentStep().isPresent()),
                when(SystemText.of("case.refused.lastStepByDecision"), (c, d) -> c.pendingSteps() > 1));
        rule(START_SPECIAL_PROCEDURE, Who.CASE_WORKER, EnumSet.of(IN_PROGRESS), CLOCK_RUNNING);
        rule(END_SPECIAL_PROCEDURE, Who.CASE_WORKER, EnumSet.of(IN_PROGRESS),
                when(SystemText.of("case.refused.noProcedure"), (c, d) -> !c.getClock().isRunning()));
        rule(REQUEST_EXTENSION, Who.CASE_WORKER, EnumSet.of(IN_PROGRESS, REPORTED),
                when(SystemText.of("case.refused.extendedOnce"), (c, d) -> !c.getExtension().isGranted()),
                when(SystemText.of("case.refused.extensionPending"), (c, d) -> !c.getExtension().isPending()));
        rule(EXTEND, Who.APPROVER, EnumSet.of(IN_PROGRESS, REPORTED),
                when(SystemText.of("case.refused.extendedOnce"), (c, d) -> !c.getExtension().isGranted()));
        rule(REPORT, Who.CASE_WORKER, EnumSet.of(IN_PROGRESS), CLOCK_RUNNING,
                when(SystemText.of("case.refused.notEscalated"), (c, d) -> c.getHandlingKind() == HandlingKind.ESCALATED),
                when(SystemText.of("case.refused.reported"), (c, d) -> !c.getEscalation().isReported()));
        rule(RECORD_REPLY, Who.CASE_WORKER, EnumSet.of(REPORTED));
        rule(CHARGE, Who.CASE_WORKER, EnumSet.of(IN_PROGRESS, DECIDED),
                when(SystemText.of("case.refused.noFees"), (c, d) -> !c.getMatterVersion().getFees().isEmpty()));
        rule(ASSIGN_JOINT, Who.CASE_WORKER, EnumSet.of(IN_PROGRESS), CLOCK_RUNNING,
                when(SystemText.of("case.refused.notJoint"), (c, d) -> c.getHandlingKind() == HandlingKind.JOINT));
        rule(COMPLETE_JOINT_PART, Who.JOINT_PARTNER, EnumSet.of(IN_PROGRESS));
        rule(DECIDE, Who.APPROVER, EnumSet.of(IN_PROGRESS), CLOCK_RUNNING,
                when(SystemText.of("case.refused.awaitingReply"), (c, d) -> c.getHandlingKind() != HandlingKind.ESCALATED
                        || c.getEscalation().isAnswered()),
                when(SystemText.of("case.refused.assignJointFirst"), (c, d) -> c.getHandlingKind() != HandlingKind.JOINT
                        || c.getJoint().isAssigned()),
                when(SystemText.of("case.refused.jointOpen"), (c, d) -> c.getJoint().getOpen() == 0),
                when(SystemText.of("case.refused.stepsOpen"), (c, d) -> c.pendingSteps() <= 1));
        rule(DELIVER, Who.CASE_WORKER, EnumSet.of(DECIDED));
        if (TABLE.size() != CaseAction.values().length) throw new IllegalStateException("every action needs a rule");
    }

    private CaseTransitions() {}

    private static Condition when(SystemText refusal, BiPredicate<ApprovalCase, LocalDate> holds) {
        return new Condition(refusal, holds);
    }

    private static void rule(CaseAction a, Who who, Set<CaseStatus> from, Condition... conditions) {
        TABLE.put(a, new Rule(a, from, who, Arrays.asList(conditions)));
    }

    /** The case's own rules: status and conditions, whoever acts (the entity's check). */
    public static Verdict check(ApprovalCase c, CaseAction a, LocalDate today) {
        Rule rule = TABLE.get(a);
        if (!rule.from().contains(c.getStatus())) {
            return new Verdict(a, false, SystemText.of("transition.notInStatus", SystemText.of("noun.case"), c.getStatus(), a), false);
        }
        for (Condition condition : rule.conditions()) {
            if (!condition.holds().test(c, today)) return new Verdict(a, false, condition.refusal(), false);
        }
        return Verdict.yes(a);
    }

    /** The full answer for a caller: who may act first, then the case's rules. */
    public static Verdict check(ApprovalCase c, CaseAction a, Caller caller, LocalDate today) {
        SystemText refusal = whoRefusal(c, a, caller);
        return refusal != null ? new Verdict(a, false, refusal, true) : check(c, a, today);
    }

    /** Throws unless the case's rules allow the action today. */
    static void require(ApprovalCase c, CaseAction a, LocalDate today) {
        check(c, a, today).orThrow();
    }

    /** The actions this caller may take on the case today, in the order of {@link CaseAction}. */
    public static List<CaseAction> allowed(ApprovalCase c, Caller caller, LocalDate today) {
        return Arrays.stream(CaseAction.values()).filter(a -> check(c, a, caller, today).allowed()).toList();
    }

    public static Who who(CaseAction a) {
        return TABLE.get(a).who();
    }

    public static Set<CaseStatus> from(CaseAction a) {
        return EnumSet.copyOf(TABLE.get(a).from());
    }

    private static SystemText whoRefusal(ApprovalCase c, CaseAction a, Caller caller) {
        SystemText only = SystemText.of("transition.onlyBy", a, who(a));
        switch (who(a)) {
            case CASE_WORKER -> {
                if (!caller.caseWorker() || !caller.worksFor(c)) return SystemText.of("case.ownDepartmentOnly");
            }
            case APPROVER -> {
                if (!caller.worksFor(c)) return SystemText.of("case.ownDepartmentOnly");
                if (!caller.approver()) return only;
            }
            case JOINT_PARTNER -> {
                if (!caller.caseWorker() || caller.departmentCode() == null
                        || c.getJoint().openPart(caller.departmentCode()).isEmpty()) {
                    return SystemText.of("case.joint.nothingOpen");
                }
            }
        }
        if (a == REQUEST_EXTENSION && caller.approver()) return SystemText.of("case.refused.approverExtends");
        if (a == COMPLETE_STEP && !caller.approver()) {
            // 领导可代办: a step assigned to a person is that person's, or the approver's who leads the department
            var step = c.currentStep();
            if (step.isPresent() && step.get().isAssignedToSomeoneElse(caller.username())) {
                return SystemText.of("case.refused.stepAssigned", step.get().getName(), step.get().getAssignee());
            }
        }
        return null;
    }
}
