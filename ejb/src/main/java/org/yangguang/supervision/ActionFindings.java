package org.yangguang.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.yangguang.approval.ApprovalCase;
import org.yangguang.approval.CaseAction;
import org.yangguang.approval.CaseActed;
import org.yangguang.approval.CaseViolation;

/**
 * Findings at the moment of the action, in its transaction: the violations the action recorded
 * (a second or late correction notice, a fee above the standard, an immediate case concluded late,
 * a late delivery), and a refusal whose reason is missing or too thin to be one.
 */
@ApplicationScoped
public class ActionFindings {

    @Inject
    RuleBook rules;

    @Inject
    FindingWriter writer;

    void onAction(@Observes CaseActed acted) {
        ApprovalCase c = acted.approvalCase();
        List<CaseViolation> recorded = c.getViolations();
        for (CaseViolation v : recorded.subList(Math.min(acted.violationsBefore(), recorded.size()), recorded.size())) {
            for (RuleTrigger t : RuleTrigger.values()) {
                if (!t.violations().contains(v.getKind())) continue;
                LocalDate key = t.keyColumn() == null ? v.getOccurredOn() : t.keyDate(CaseFacts.of(c));
                for (RuleRef r : rules.enabledFor(t)) {
                    if (key != null) issue(c, r, key, v.getDescription(), acted.actor());
                }
            }
        }
        String reason = refusalReason(acted);
        if (reason != null) {
            for (RuleRef r : rules.enabledFor(RuleTrigger.REFUSAL_WITHOUT_REASON)) {
                if (reason.strip().length() < r.threshold()) issue(c, r, acted.on(), reason.strip(), acted.actor());
            }
        }
    }

    /** The reason of a refusal to accept or to grant; null if the action was neither. */
    private static String refusalReason(CaseActed acted) {
        ApprovalCase c = acted.approvalCase();
        if (acted.action() == CaseAction.REFUSE) return c.getRefusalReason() == null ? "" : c.getRefusalReason();
        if (acted.action() == CaseAction.DECIDE && c.getDecision() != null && c.getDecision().refusesSomething()) {
            return c.getConclusion().getReason() == null ? "" : c.getConclusion().getReason();
        }
        return null;
    }

    private void issue(ApprovalCase c, RuleRef r, LocalDate key, String detail, String actor) {
        writer.issue(new FindingWriter.NewFinding(SubjectType.CASE, c.getId(), c.getId(), c.getReceiptNumber(),
                c.getDepartment().getId(), c.getProcess().getHandler() == null ? actor : c.getProcess().getHandler(), r, key, null,
                c.getClock().getCalendarVersion(), null, detail, actor));
    }
}
