package org.yangguang.supervision;

import java.time.LocalDate;
import org.yangguang.approval.ApprovalCase;
import org.yangguang.approval.CaseStatus;
import org.yangguang.catalog.HandlingKind;

/**
 * What the time-based rules read of a case: the same columns the nightly statements read of
 * {@code approval_case}.
 */
public record CaseFacts(long id, CaseStatus status, HandlingKind handlingKind, LocalDate acceptedOn,
        LocalDate promisedDeadline, LocalDate statutoryDeadline, String stepName, LocalDate stepDeadline,
        String stopType, LocalDate stopStartedOn, LocalDate stopPlannedEnd, LocalDate decidedOn,
        LocalDate deliveryDeadline) {

    /**
     * The value of a column of {@code approval_case} (as the rules' SQL names it, {@code c.xxx}):
     * the rule definitions name each input once, for the statements and for this record alike.
     */
    public Object column(String column) {
        return switch (column) {
            case "c.accepted_on" -> acceptedOn;
            case "c.promised_deadline" -> promisedDeadline;
            case "c.statutory_deadline" -> statutoryDeadline;
            case "c.step_name" -> stepName;
            case "c.step_deadline" -> stepDeadline;
            case "c.stop_type" -> stopType;
            case "c.stop_started_on" -> stopStartedOn;
            case "c.stop_planned_end" -> stopPlannedEnd;
            case "c.decided_on" -> decidedOn;
            case "c.delivery_deadline" -> deliveryDeadline;
            default -> throw new IllegalArgumentException("not a watched column: " + column);
        };
    }

    public static CaseFacts of(ApprovalCase c) {
        var stop = c.getClock().openStop();
        return new CaseFacts(c.getId() == null ? 0 : c.getId(), c.getStatus(), c.getHandlingKind(), c.getAcceptedOn(),
                c.getPromisedDeadline(), c.getStatutoryDeadline(), c.getProcess().getStepName(), c.getProcess().getStepDeadline(),
                stop.map(s -> s.getType().name()).orElse(null), stop.map(s -> s.getStartedOn()).orElse(null),
                c.getClock().getStopPlannedEnd(), c.getConclusion().getDecidedOn(), c.getDeliveryDeadline());
    }
}
