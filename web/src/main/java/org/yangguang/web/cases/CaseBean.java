package org.yangguang.web.cases;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.yangguang.approval.ActionRequest;
import org.yangguang.approval.ApprovalCase;
import org.yangguang.approval.CaseAction;
import org.yangguang.approval.CaseEvent;
import org.yangguang.approval.CaseService;
import org.yangguang.approval.CaseStatus;
import org.yangguang.approval.Decision;
import org.yangguang.approval.DeliveryMethod;
import org.yangguang.calendar.Deadline;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.catalog.FeeItem;
import org.yangguang.catalog.HandlingKind;
import org.yangguang.catalog.SpecialProcedureType;
import org.yangguang.security.Role;
import org.yangguang.web.security.UserBean;
import org.yangguang.web.support.Faces;

/**
 * One case on the intranet: everything about it, the deadlines with their derivation, the
 * timeline, and the actions allowed now as buttons (each with its dialog).
 */
@Named
@ViewScoped
public class CaseBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CaseService cases;

    @Inject
    UserBean user;

    @Inject
    Clock clock;

    @Inject
    org.yangguang.organization.DepartmentService departments;

    @Inject
    org.yangguang.supervision.FindingService findings;

    private List<org.yangguang.supervision.FindingRow> caseFindings = List.of();

    private String rn;
    private ApprovalCase c;
    private List<CaseEvent> timeline;
    private CaseAction action;
    private ActionRequest request = new ActionRequest();

    public void load() {
        if (rn == null) return;
        c = Faces.attempt(() -> cases.find(rn));
        if (c != null) {
            timeline = cases.timeline(rn);
            // electronic supervision's findings on this case (a co-handling department sees none of them)
            caseFindings = Faces.attempt(() -> findings.forCase(c.getId()));
            if (caseFindings == null) caseFindings = List.of();
        }
    }

    /** Opens the dialog of an action with a fresh form. */
    public void prepare(CaseAction a) {
        action = a;
        request = new ActionRequest();
        if (a == CaseAction.REQUEST_CORRECTION) request.setMaterials(new ArrayList<>(c.missingMaterials()));
        if (a == CaseAction.EXTEND) request.setDays(c.maxExtensionDays());
        if (a == CaseAction.CHARGE) {
            request.setAmounts(new ArrayList<>(c.getMatterVersion().getFees().stream().map(FeeItem::getAmount).toList()));
        }
        if (a == CaseAction.DECIDE) request.setDecision(Decision.APPROVED);
        if (a == CaseAction.DELIVER) request.setDeliveryMethod(DeliveryMethod.WINDOW_PICKUP);
    }

    public void perform() {
        request.setVersion(c.getVersion());
        ApprovalCase done = Faces.attempt(() -> cases.act(rn, action, request));
        if (done != null) {
            Faces.info(action.label() + "：已完成");
            c = done;
            timeline = cases.timeline(rn);
            org.primefaces.PrimeFaces.current().executeScript("PF('actionDialog').hide()");
        }
    }

    private String materialForUpload;

    public void prepareUpload(String material) {
        this.materialForUpload = material;
    }

    public void uploadMaterial(org.primefaces.event.FileUploadEvent event) {
        ApprovalCase done = Faces.attempt(() -> cases.attachMaterial(rn, materialForUpload, event.getFile().getFileName(),
                event.getFile().getContent(), c.getVersion()));
        if (done != null) {
            c = done;
            timeline = cases.timeline(rn);
            Faces.info("已上传：" + materialForUpload);
        }
    }

    public boolean isMayUpload() {
        return c != null && c.getStatus().isOpen() && user.mayDraftForCase(c.getDepartment().getCode());
    }

    /** The actions that make sense now for this user; the service checks again. */
    public List<CaseAction> getActions() {
        if (c == null) return List.of();
        if (!user.mayDraftForCase(c.getDepartment().getCode())) {
            // a co-handling department of a joint case: only its own part
            boolean partner = user.getDepartment() != null && c.getStatus() == CaseStatus.IN_PROGRESS
                    && c.getJointParts().stream().anyMatch(p -> !p.isDone() && p.getDepartmentCode().equals(user.getDepartment().getCode()));
            return partner && user.isCaseWorker() ? List.of(CaseAction.COMPLETE_JOINT_PART) : List.of();
        }
        boolean approver = user.has(Role.DEPT_APPROVER_NAME);
        boolean stopped = c.openStop().isPresent();
        Set<CaseAction> a = EnumSet.noneOf(CaseAction.class);
        switch (c.getStatus()) {
            case RECEIVED -> {
                if (!c.missingMaterials().isEmpty()) a.add(CaseAction.CHECK_MATERIALS);
                a.add(c.missingMaterials().isEmpty() || c.isOverdueForNotice(LocalDate.now(clock))
                        ? CaseAction.ACCEPT : CaseAction.REQUEST_CORRECTION);
                a.add(CaseAction.REFUSE);
            }
            case AWAITING_CORRECTION -> {
                a.add(CaseAction.SUPPLEMENT);
                a.add(CaseAction.REQUEST_CORRECTION);
                a.add(CaseAction.REFUSE);
            }
            case IN_PROGRESS -> {
                if (stopped) {
                    a.add(CaseAction.END_SPECIAL_PROCEDURE);
                } else {
                    long pending = c.getSteps().stream().filter(s -> !s.isDone()).count();
                    if (c.getHandlingKind() == HandlingKind.ESCALATED && c.getReportedOn() == null) a.add(CaseAction.REPORT);
                    else if (pending > 1) a.add(CaseAction.COMPLETE_STEP);
                    if (approver && pending <= 1) a.add(CaseAction.DECIDE);
                    a.add(CaseAction.START_SPECIAL_PROCEDURE);
                    if (approver && c.getExtensionDays() == 0) a.add(CaseAction.EXTEND);
                    if (!c.getMatterVersion().getFees().isEmpty()) a.add(CaseAction.CHARGE);
                    if (c.getHandlingKind() == HandlingKind.JOINT) a.add(CaseAction.ASSIGN_JOINT);
                }
            }
            case REPORTED -> {
                a.add(CaseAction.RECORD_REPLY);
                if (approver && c.getExtensionDays() == 0) a.add(CaseAction.EXTEND);
            }
            case DECIDED -> {
                a.add(CaseAction.DELIVER);
                if (!c.getMatterVersion().getFees().isEmpty()) a.add(CaseAction.CHARGE);
            }
            default -> { }
        }
        return new ArrayList<>(a);
    }

    public Deadline getPromised() {
        return c.getAcceptedOn() == null ? null : c.promisedDeadline(calendar());
    }

    public Deadline getStatutory() {
        return c.getAcceptedOn() == null ? null : c.statutoryDeadline(calendar());
    }

    public List<org.yangguang.supervision.FindingRow> getFindings() {
        return caseFindings;
    }

    public Integer getRemaining() {
        return c.remainingWorkingDays(calendar(), LocalDate.now(clock));
    }

    public String getUrgency() {
        return c.urgency(calendar(), LocalDate.now(clock)).name();
    }

    private WorkingCalendar calendar() {
        return cases.calendar();
    }

    public boolean isOpen() {
        return c != null && c.getStatus() != CaseStatus.DELIVERED && c.getStatus() != CaseStatus.REFUSED;
    }

    /** Who may handle the next step: the enabled users of the case's department. */
    public List<org.yangguang.security.UserAccount> getColleagues() {
        return c == null || !user.mayDraftForCase(c.getDepartment().getCode()) ? List.of() : cases.colleagues(rn);
    }

    public List<FeeItem> getFeeItems() {
        return c.getMatterVersion().getFees();
    }

    public List<org.yangguang.organization.Department> getDepartments() {
        return departments.all().stream().filter(d -> !d.equals(c.getDepartment())).toList();
    }

    public SpecialProcedureType[] getProcedures() { return SpecialProcedureType.values(); }
    public Decision[] getDecisions() { return Decision.values(); }
    public DeliveryMethod[] getDeliveryMethods() { return DeliveryMethod.values(); }
    public String getRn() { return rn; }
    public void setRn(String rn) { this.rn = rn; }
    public ApprovalCase getCase() { return c; }
    public List<CaseEvent> getTimeline() { return timeline; }
    public CaseAction getAction() { return action; }
    public ActionRequest getRequest() { return request; }

    /** For the fee dialog: amount i of the bill, as an editable property. */
    public List<BigDecimal> getAmounts() { return request.getAmounts(); }
}
