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

/**
 * The state machine of a case in one table: for each action, the statuses it may start from, who
 * may take it, and the conditions that must hold. The entity checks it in every verb, the case
 * page shows a button for each allowed action, the REST API lists them as {@code allowedActions},
 * and the legacy import replays histories through the same verbs.
 */
public final class CaseTransitions {

    /** Who may take an action. */
    public enum Who {
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

        public String label() {
            return label;
        }
    }

    /** A condition with the sentence that explains a refusal. */
    record Condition(String refusal, BiPredicate<ApprovalCase, LocalDate> holds) {}

    record Rule(CaseAction action, Set<CaseStatus> from, Who who, List<Condition> conditions) {}

    /** The answer for one action: allowed, or refused with the reason shown to the user. */
    public record Verdict(CaseAction action, boolean allowed, String reason, boolean byWho) {
        static Verdict yes(CaseAction a) {
            return new Verdict(a, true, null, false);
        }

        /** Throws the refusal: forbidden if it is about who acts, a conflict with the case's state otherwise. */
        public void orThrow() {
            if (allowed) return;
            if (byWho) throw new ForbiddenException(reason);
            throw new ConflictException(reason);
        }
    }

    private static final Map<CaseAction, Rule> TABLE = new EnumMap<>(CaseAction.class);

    private static final Condition CLOCK_RUNNING = when("特别程序进行中，计时已暂停，请先结束特别程序",
            (c, d) -> c.getClock().isRunning());

    static {
        rule(CHECK_MATERIALS, Who.CASE_WORKER, EnumSet.of(RECEIVED, AWAITING_CORRECTION),
                when("材料已全部核对，无需再核对", (c, d) -> !c.getCheck().unchecked().isEmpty()));
        rule(REQUEST_CORRECTION, Who.CASE_WORKER, EnumSet.of(RECEIVED, AWAITING_CORRECTION),
                when("材料齐全，无需补正", (c, d) -> c.getStatus() == AWAITING_CORRECTION || !c.missingMaterials().isEmpty()));
        rule(SUPPLEMENT, Who.CASE_WORKER, EnumSet.of(AWAITING_CORRECTION));
        rule(ACCEPT, Who.CASE_WORKER, EnumSet.of(RECEIVED),
                when("材料不齐全，请先一次性告知补正", (c, d) -> c.missingMaterials().isEmpty() || c.isOverdueForNotice(d)));
        rule(REFUSE, Who.CASE_WORKER, EnumSet.of(RECEIVED, AWAITING_CORRECTION));
        rule(COMPLETE_STEP, Who.CASE_WORKER, EnumSet.of(IN_PROGRESS), CLOCK_RUNNING,
                when("上报件初审完毕后请上报上级机关", (c, d) -> c.getHandlingKind() != HandlingKind.ESCALATED
                        || c.getEscalation().isReported()),
                when("没有待办理的环节", (c, d) -> c.currentStep().isPresent()),
                when("最后一个环节由审批人作出决定时完成", (c, d) -> c.pendingSteps() > 1));
        rule(START_SPECIAL_PROCEDURE, Who.CASE_WORKER, EnumSet.of(IN_PROGRESS), CLOCK_RUNNING);
        rule(END_SPECIAL_PROCEDURE, Who.CASE_WORKER, EnumSet.of(IN_PROGRESS),
                when("没有进行中的特别程序", (c, d) -> !c.getClock().isRunning()));
        rule(REQUEST_EXTENSION, Who.CASE_WORKER, EnumSet.of(IN_PROGRESS, REPORTED),
                when("本件已延期一次，不能再次延期", (c, d) -> !c.getExtension().isGranted()),
                when("延期申请已提交，待审批人批准", (c, d) -> !c.getExtension().isPending()));
        rule(EXTEND, Who.APPROVER, EnumSet.of(IN_PROGRESS, REPORTED),
                when("本件已延期一次，不能再次延期", (c, d) -> !c.getExtension().isGranted()));
        rule(REPORT, Who.CASE_WORKER, EnumSet.of(IN_PROGRESS), CLOCK_RUNNING,
                when("只有上报件需要上报", (c, d) -> c.getHandlingKind() == HandlingKind.ESCALATED),
                when("本件已上报", (c, d) -> !c.getEscalation().isReported()));
        rule(RECORD_REPLY, Who.CASE_WORKER, EnumSet.of(REPORTED));
        rule(CHARGE, Who.CASE_WORKER, EnumSet.of(IN_PROGRESS, DECIDED),
                when("本事项不收费", (c, d) -> !c.getMatterVersion().getFees().isEmpty()));
        rule(ASSIGN_JOINT, Who.CASE_WORKER, EnumSet.of(IN_PROGRESS), CLOCK_RUNNING,
                when("只有联办件可以分派联办部门", (c, d) -> c.getHandlingKind() == HandlingKind.JOINT));
        rule(COMPLETE_JOINT_PART, Who.JOINT_PARTNER, EnumSet.of(IN_PROGRESS));
        rule(DECIDE, Who.APPROVER, EnumSet.of(IN_PROGRESS), CLOCK_RUNNING,
                when("上报件须待上级机关答复后再作出决定", (c, d) -> c.getHandlingKind() != HandlingKind.ESCALATED
                        || c.getEscalation().isAnswered()),
                when("联办件须先分派联办部门，并待其办结后再作出决定", (c, d) -> c.getHandlingKind() != HandlingKind.JOINT
                        || c.getJoint().isAssigned()),
                when("还有联办部门未办结，不能作出决定", (c, d) -> c.getJoint().getOpen() == 0),
                when("还有环节未完成，不能作出决定", (c, d) -> c.pendingSteps() <= 1));
        rule(DELIVER, Who.CASE_WORKER, EnumSet.of(DECIDED));
        if (TABLE.size() != CaseAction.values().length) throw new IllegalStateException("every action needs a rule");
    }

    private CaseTransitions() {}

    private static Condition when(String refusal, BiPredicate<ApprovalCase, LocalDate> holds) {
        return new Condition(refusal, holds);
    }

    private static void rule(CaseAction a, Who who, Set<CaseStatus> from, Condition... conditions) {
        TABLE.put(a, new Rule(a, from, who, Arrays.asList(conditions)));
    }

    /** The case's own rules: status and conditions, whoever acts (the entity's check). */
    public static Verdict check(ApprovalCase c, CaseAction a, LocalDate today) {
        Rule rule = TABLE.get(a);
        if (!rule.from().contains(c.getStatus())) {
            return new Verdict(a, false, "办件当前状态为“" + c.getStatus().label() + "”，不能" + a.label(), false);
        }
        for (Condition condition : rule.conditions()) {
            if (!condition.holds().test(c, today)) return new Verdict(a, false, condition.refusal(), false);
        }
        return Verdict.yes(a);
    }

    /** The full answer for a caller: who may act first, then the case's rules. */
    public static Verdict check(ApprovalCase c, CaseAction a, Caller caller, LocalDate today) {
        String refusal = whoRefusal(c, a, caller);
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

    private static String whoRefusal(ApprovalCase c, CaseAction a, Caller caller) {
        String only = "“" + a.label() + "”须由" + who(a).label() + "办理";
        switch (who(a)) {
            case CASE_WORKER -> {
                if (!caller.caseWorker() || !caller.worksFor(c)) return "只能办理本部门的办件";
            }
            case APPROVER -> {
                if (!caller.worksFor(c)) return "只能办理本部门的办件";
                if (!caller.approver()) return only;
            }
            case JOINT_PARTNER -> {
                if (!caller.caseWorker() || caller.departmentCode() == null
                        || c.getJoint().openPart(caller.departmentCode()).isEmpty()) {
                    return "本部门没有待办的联办事项";
                }
            }
        }
        if (a == REQUEST_EXTENSION && caller.approver()) return "审批人可直接批准延期";
        if (a == COMPLETE_STEP && !caller.approver()) {
            // 领导可代办: a step assigned to a person is that person's, or the approver's who leads the department
            var step = c.currentStep();
            if (step.isPresent() && step.get().isAssignedToSomeoneElse(caller.username())) {
                return "“" + step.get().getName() + "”环节已分派给" + step.get().getAssignee() + "，只能由其本人或本部门审批人办理";
            }
        }
        return null;
    }
}
