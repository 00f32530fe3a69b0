package org.yangguang.web.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.yangguang.approval.ApprovalCase;
import org.yangguang.approval.CaseEvent;
import org.yangguang.calendar.WorkingCalendar;

/** JSON shapes of cases on the API. */
public final class CaseViews {
    private CaseViews() {}

    public record Ref(String code, String name) {}

    public record ApplicantView(String name, String idNumber, String phone, String address) {}

    public record Deadlines(LocalDate correction, LocalDate promised, LocalDate statutory, LocalDate delivery,
            long calendarVersion, String warning) {}

    public record StepView(String name, String office, int limitDays, LocalDate startedOn, LocalDate deadline,
            LocalDate completedOn, String completedBy, String opinion) {}

    public record StopView(String type, String reason, int expectedDays, LocalDate startedOn, LocalDate endedOn,
            String result) {}

    public record FeeView(String name, BigDecimal standardAmount, BigDecimal chargedAmount, String overrideReason) {}

    public record ViolationView(String kind, String description, LocalDate occurredOn) {}

    public record MaterialView(String name, boolean mandatory, boolean received) {}

    public record JointPartView(String departmentCode, String departmentName, int limitDays, LocalDate deadline,
            LocalDate completedOn, String opinion) {}

    public record CaseView(String receiptNumber, String queryCode, int version, Ref matter, Ref department,
            String handlingKind, String channel, ApplicantView applicant, String status, String statusLabel,
            LocalDate receivedOn, LocalDate acceptedOn, Deadlines deadlines, Integer remainingWorkingDays,
            String urgency, List<MaterialView> materials, List<String> missingMaterialsNotified, int correctionNotices,
            int extensionDays, String extensionReason, List<StepView> steps, List<StopView> specialProcedures,
            List<FeeView> fees, BigDecimal totalFee, List<ViolationView> violations, String decision,
            String decisionReason, LocalDate decidedOn, String deliveryMethod, String trackingNumber,
            LocalDate deliveredOn, String refusalReason, List<JointPartView> jointParts, String supervisionLevel) {

        static CaseView of(ApprovalCase c, WorkingCalendar cal, LocalDate today) {
            return new CaseView(c.getReceiptNumber(), c.getQueryCode(), c.getVersion(),
                    new Ref(c.getMatter().getImplementationCode(), c.getMatterName()),
                    new Ref(c.getDepartment().getCode(), c.getDepartment().getName()),
                    c.getHandlingKind().name(), c.getChannel().name(),
                    new ApplicantView(c.getApplicant().getName(), c.getApplicant().getIdNumber(), c.getApplicant().getPhone(),
                            c.getApplicant().getAddress()),
                    c.getStatus().name(), c.getStatus().label(), c.getReceivedOn(), c.getAcceptedOn(),
                    new Deadlines(c.getCorrectionDeadline(), c.getPromisedDeadline(), c.getStatutoryDeadline(),
                            c.getDeliveryDeadline(), c.getCalendarVersion(), c.getDeadlineWarning()),
                    c.remainingWorkingDays(cal, today), c.urgency(cal, today).name(),
                    c.getMaterials().stream().map(m -> new MaterialView(m.getName(), m.isMandatory(), m.isReceived())).toList(),
                    c.getMissingMaterialsNotified(), c.getCorrectionNotices(), c.getExtensionDays(), c.getExtensionReason(),
                    c.getSteps().stream().map(s -> new StepView(s.getName(), s.getOffice(), s.getLimitDays(), s.getStartedOn(),
                            s.getDeadline(), s.getCompletedOn(), s.getCompletedBy(), s.getOpinion())).toList(),
                    c.getStops().stream().map(s -> new StopView(s.getType().name(), s.getReason(), s.getExpectedDays(),
                            s.getStartedOn(), s.getEndedOn(), s.getResult())).toList(),
                    c.getFees().stream().map(f -> new FeeView(f.getName(), f.getStandardAmount(), f.getChargedAmount(),
                            f.getOverrideReason())).toList(),
                    c.totalFee(),
                    c.getViolations().stream().map(v -> new ViolationView(v.getKind().name(), v.getDescription(),
                            v.getOccurredOn())).toList(),
                    c.getDecision() == null ? null : c.getDecision().name(), c.getDecisionReason(), c.getDecidedOn(),
                    c.getDeliveryMethod() == null ? null : c.getDeliveryMethod().name(), c.getTrackingNumber(),
                    c.getDeliveredOn(), c.getRefusalReason(),
                    c.getJointParts().stream().map(p -> new JointPartView(p.getDepartmentCode(), p.getDepartmentName(),
                            p.getLimitDays(), p.getDeadline(), p.getCompletedOn(), p.getOpinion())).toList(),
                    c.getSupervisionLevel() == 0 ? null : org.yangguang.supervision.SupervisionLevel.values()[c.getSupervisionLevel() - 1].name());
        }
    }

    public record EventView(String at, String actor, String action, String comment, String publicNote, Long fileId) {
        static EventView of(CaseEvent e) {
            return new EventView(e.getOccurredAt().toString(), e.getActor(), e.getAction(), e.getComment(), e.getPublicNote(),
                    e.getFileId());
        }
    }
}
