package org.yangguang.web.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.yangguang.approval.ApprovalCase;
import org.yangguang.approval.CaseAction;
import org.yangguang.approval.RunningDeadline;
import org.yangguang.approval.document.CaseDocument;
import org.yangguang.calendar.DeadlineCalculator;
import org.yangguang.approval.CaseEvent;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.shared.SystemText;

/** JSON shapes of cases on the API. */
public final class CaseViews {
    private CaseViews() {}

    public record Ref(String code, String name) {}

    public record ApplicantView(String name, String idNumber, String phone, String address) {}

    public record Deadlines(LocalDate correction, LocalDate promised, LocalDate statutory, LocalDate delivery,
            long calendarVersion, String warning) {}

    public record StepView(String name, String kind, String office, int limitDays, String assignee, LocalDate startedOn,
            LocalDate deadline, LocalDate completedOn, String completedBy, String opinion) {}

    public record StopView(String type, String reason, int expectedDays, LocalDate startedOn, LocalDate plannedEnd,
            LocalDate endedOn, String result) {}

    public record FeeView(String name, BigDecimal standardAmount, BigDecimal chargedAmount, String overrideReason) {}

    public record ViolationView(String kind, String description, LocalDate occurredOn) {}

    public record MaterialView(String name, boolean mandatory, boolean received, boolean uploadedByApplicant) {}

    public record JointPartView(String departmentCode, String departmentName, int limitDays, LocalDate deadline,
            LocalDate completedOn, String opinion) {}

    public record ExtensionView(int days, int maxDays, String reason, String approver, LocalDate grantedOn,
            Integer requestedDays, String requestedReason, String requestedBy, LocalDate requestedOn) {}

    /** The deadline the remaining working days count to: PROMISED, STATUTORY or DELIVERY. */
    public record Remaining(String deadline, LocalDate date, int workingDays) {}

    /** A document issued to the applicant; its text at {@code /cases/{rn}/documents/{id}}. */
    public record DocumentRef(long id, String kind, String title, String number, LocalDate issuedOn, String sha256) {
        static DocumentRef of(CaseDocument d) {
            return new DocumentRef(d.getId(), d.getKind().name(), d.getTitle(), d.getNumber(), d.getIssuedOn(), d.getSha256());
        }
    }

    /** The full document as issued. */
    public record DocumentView(long id, String kind, String title, String number, LocalDate issuedOn, String issuer,
            String addressee, List<String> paragraphs, String sha256, boolean intact) {
        static DocumentView of(CaseDocument d) {
            return new DocumentView(d.getId(), d.getKind().name(), d.getTitle(), d.getNumber(), d.getIssuedOn(), d.getIssuer(),
                    d.getAddressee(), d.getParagraphs(), d.getSha256(), d.isIntact());
        }
    }

    public record CaseView(String receiptNumber, String queryCode, int version, Ref matter, Ref department,
            String handlingKind, String channel, ApplicantView applicant, String status, String statusLabel,
            List<String> allowedActions, LocalDate receivedOn, LocalDate acceptedOn, Deadlines deadlines,
            Integer remainingWorkingDays, Remaining remaining, String urgency, List<MaterialView> materials,
            List<String> missingMaterialsNotified, int correctionNotices, ExtensionView extension, List<StepView> steps,
            String handler, List<StopView> specialProcedures, List<FeeView> fees, BigDecimal totalFee,
            List<ViolationView> violations, String decision, String decisionReason, LocalDate decidedOn,
            String deliveryMethod, String trackingNumber, LocalDate deliveredOn, String refusalReason,
            List<JointPartView> jointParts, List<DocumentRef> documents, String supervisionLevel) {

        static CaseView of(ApprovalCase c, List<CaseAction> allowed, List<CaseDocument> documents, WorkingCalendar cal,
                LocalDate today) {
            var k = c.getConclusion();
            var x = c.getExtension();
            RunningDeadline due = c.runningDeadline(today);
            return new CaseView(c.getReceiptNumber(), c.getQueryCode(), c.getVersion(),
                    new Ref(c.getMatter().getImplementationCode(), c.getMatterName()),
                    new Ref(c.getDepartment().getCode(), c.getDepartment().getName()),
                    c.getHandlingKind().name(), c.getChannel().name(),
                    new ApplicantView(c.getApplicant().getName(), c.getApplicant().getIdNumber(), c.getApplicant().getPhone(),
                            c.getApplicant().getAddress()),
                    c.getStatus().name(), c.getStatus().label(), allowed.stream().map(CaseAction::path).toList(),
                    c.getReceivedOn(), c.getAcceptedOn(),
                    new Deadlines(c.getCorrectionDeadline(), c.getPromisedDeadline(), c.getStatutoryDeadline(),
                            c.getDeliveryDeadline(), c.getClock().getCalendarVersion(), SystemText.chinese(c.getClock().getDeadlineWarning())),
                    c.remainingWorkingDays(cal, today),
                    due == null ? null : new Remaining(due.kind().name(), due.date(),
                            DeadlineCalculator.workingDaysBetween(cal, today, due.date())),
                    c.urgency(cal, today).name(),
                    c.getMaterials().stream().map(m -> new MaterialView(m.getName(), m.isMandatory(), m.isReceived(),
                            m.isAwaitingCheck())).toList(),
                    c.getCheck().getNotifiedMaterials(), c.getCheck().getCorrectionNotices(),
                    new ExtensionView(x.getDays(), x.getMaxDays(), x.getReason(), x.getApprover(), x.getGrantedOn(),
                            x.getRequestedDays(), x.getRequestedReason(), x.getRequestedBy(), x.getRequestedOn()),
                    c.getSteps().stream().map(s -> new StepView(s.getName(), s.getKind().name(), s.getOffice(), s.getLimitDays(),
                            s.getAssignee(), s.getStartedOn(), s.getDeadline(), s.getCompletedOn(), s.getCompletedBy(),
                            s.getOpinion())).toList(),
                    c.getProcess().getHandler(),
                    c.getStops().stream().map(s -> new StopView(s.getType().name(), s.getReason(), s.getExpectedDays(),
                            s.getStartedOn(), s.getPlannedEnd(), s.getEndedOn(), s.getResult())).toList(),
                    c.getFeeBill().getFees().stream().map(f -> new FeeView(f.getName(), f.getStandardAmount(),
                            f.getChargedAmount(), f.getOverrideReason())).toList(),
                    c.totalFee(),
                    c.getViolations().stream().map(v -> new ViolationView(v.getKind().name(), v.getDescriptionShown().chinese(),
                            v.getOccurredOn())).toList(),
                    k.getDecision() == null ? null : k.getDecision().name(), k.getReason(), k.getDecidedOn(),
                    k.getDeliveryMethod() == null ? null : k.getDeliveryMethod().name(), k.getTrackingNumber(),
                    k.getDeliveredOn(), c.getRefusalReason(),
                    c.getJoint().getParts().stream().map(p -> new JointPartView(p.getDepartmentCode(), p.getDepartmentName(),
                            p.getLimitDays(), p.getDeadline(), p.getCompletedOn(), p.getOpinion())).toList(),
                    documents.stream().map(DocumentRef::of).toList(),
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
