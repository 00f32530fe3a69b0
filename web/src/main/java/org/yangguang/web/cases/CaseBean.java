package org.yangguang.web.cases;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.yangguang.approval.ActionRequest;
import org.yangguang.approval.ApprovalCase;
import org.yangguang.approval.CaseAction;
import org.yangguang.approval.CaseEvent;
import org.yangguang.approval.CaseService;
import org.yangguang.approval.CaseStop;
import org.yangguang.approval.Decision;
import org.yangguang.approval.DeliveryMethod;
import org.yangguang.approval.RunningDeadline;
import org.yangguang.approval.document.CaseDocument;
import org.yangguang.approval.document.DocumentKind;
import org.yangguang.calendar.Deadline;
import org.yangguang.calendar.DeadlineCalculator;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.catalog.FeeItem;
import org.yangguang.catalog.SpecialProcedureType;
import org.yangguang.web.security.UserBean;
import org.yangguang.web.support.Faces;

/**
 * One case on the intranet: everything about it, the deadlines with their derivation, the
 * documents issued, the timeline, and a button for each action the transition table allows
 * this user now, each with its dialog. A decision is reviewed before it is issued.
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
    org.yangguang.web.support.LocaleBean locale;

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
    private List<CaseAction> actions = List.of();
    private List<CaseDocument> documents = List.of();
    private CaseAction action;
    private ActionRequest request = new ActionRequest();
    /** The decision dialog's second stage: what will be issued, before it is. */
    private boolean reviewing;
    /** The document the decision will issue, as it will read (never stored; its number is the next one). */
    private CaseDocument preview;

    public void load() {
        if (rn == null) return;
        c = Faces.attempt(() -> cases.find(rn));
        if (c != null) refresh(c);
    }

    private void refresh(ApprovalCase fresh) {
        c = fresh;
        timeline = cases.timeline(rn);
        actions = cases.allowedActions(c);
        documents = cases.documents(rn);
        // electronic supervision's findings on this case (a co-handling department sees none of them)
        caseFindings = Faces.attempt(() -> findings.forCase(c.getId()));
        if (caseFindings == null) caseFindings = List.of();
    }

    /** Opens the dialog of an action with a fresh form; nothing is chosen for the user. */
    public void prepare(CaseAction a) {
        action = a;
        reviewing = false;
        request = new ActionRequest();
        if (a == CaseAction.REQUEST_CORRECTION) request.setMaterials(new ArrayList<>(c.missingMaterials()));
        if (a == CaseAction.CHECK_MATERIALS) {
            request.setMaterials(new ArrayList<>(c.getMaterials().stream().filter(m -> m.isAwaitingCheck()).map(m -> m.getName()).toList()));
        }
        if (a == CaseAction.EXTEND || a == CaseAction.REQUEST_EXTENSION) {
            var x = c.getExtension();
            // the approver grants what was asked, and may change it
            request.setDays(x.isPending() ? x.getRequestedDays() : null);
            request.setReason(x.isPending() ? x.getRequestedReason() : null);
        }
        if (a == CaseAction.CHARGE) {
            request.setAmounts(new ArrayList<>(c.getMatterVersion().getFees().stream().map(FeeItem::getAmount).toList()));
        }
        PrimeFaces.current().ajax().update("actionDialog");
        PrimeFaces.current().executeScript("PF('actionDialog').show()");
    }

    /** A second (or late) correction notice breaks the one-time rule: the dialog asks to confirm it. */
    public boolean isBreaksOneTimeRule() {
        return action == CaseAction.REQUEST_CORRECTION
                && (c.getCheck().getCorrectionNotices() > 0 || LocalDate.now(clock).isAfter(c.getCorrectionDeadline()));
    }

    /** The decision's first stage: checks the choice and the reason, then shows what will be issued. */
    public void review() {
        if (request.getDecision() == null) {
            Faces.errorFor("actionForm:decision", Faces.text("case.chooseDecision"));
            return;
        }
        if (request.getDecision().refusesSomething() && (request.getReason() == null || request.getReason().isBlank())) {
            Faces.errorFor("actionForm:reason", Faces.text("case.reasonRequired", locale.label(request.getDecision())));
            return;
        }
        request.setVersion(c.getVersion());
        preview = Faces.attempt(() -> cases.preview(rn, action, request));
        reviewing = preview != null;
    }

    public CaseDocument getPreview() {
        return preview;
    }

    public void back() {
        reviewing = false;
        preview = null;
    }

    /** The document the chosen decision issues. */
    public DocumentKind getDecisionDocument() {
        if (request.getDecision() == null) return null;
        return switch (request.getDecision()) {
            case APPROVED -> DocumentKind.GRANT;
            case PARTIAL -> DocumentKind.PARTIAL_GRANT;
            case DENIED -> DocumentKind.DENIAL;
        };
    }

    public void perform() {
        request.setVersion(c.getVersion());
        ApprovalCase done = Faces.attempt(() -> cases.act(rn, action, request));
        if (done == null) return; // the error shows in the dialog, which stays open
        refresh(done);
        // one message, on the page (the dialog closes)
        Faces.infoFor("case", Faces.text("case.actionDone", locale.label(action)));
        PrimeFaces.current().ajax().update("case");
        PrimeFaces.current().executeScript("PF('actionDialog').hide()");
    }

    private String materialForUpload;

    public void prepareUpload(String material) {
        this.materialForUpload = material;
    }

    public void uploadMaterial(org.primefaces.event.FileUploadEvent event) {
        ApprovalCase done = Faces.attempt(() -> cases.attachMaterial(rn, materialForUpload, event.getFile().getFileName(),
                event.getFile().getContent(), c.getVersion()));
        if (done != null) {
            refresh(done);
            Faces.infoFor("case", Faces.text("case.uploaded", materialForUpload));
        }
    }

    public boolean isMayUpload() {
        return c != null && c.getStatus().isOpen() && user.mayDraftForCase(c.getDepartment().getCode());
    }

    public List<CaseAction> getActions() {
        return actions;
    }

    public List<CaseDocument> getDocuments() {
        return documents;
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

    /** The deadline the remaining days count to (promised, statutory once the promise is broken, delivery). */
    public RunningDeadline getRunning() {
        return c.runningDeadline(LocalDate.now(clock));
    }

    public Integer getRemaining() {
        RunningDeadline due = getRunning();
        return due == null ? null : DeadlineCalculator.workingDaysBetween(calendar(), LocalDate.now(clock), due.date());
    }

    /** Whether the promised deadline has passed while the case is open (shown next to the statutory count). */
    public boolean isPromiseBroken() {
        RunningDeadline due = getRunning();
        return due != null && due.kind() == RunningDeadline.Kind.STATUTORY
                || c.getStatus().isOpen() && c.getPromisedDeadline() != null && c.getDecision() == null
                && LocalDate.now(clock).isAfter(c.getPromisedDeadline());
    }

    public String getUrgency() {
        return c.urgency(calendar(), LocalDate.now(clock)).name();
    }

    /** The special procedure holding the clock, if any. */
    public CaseStop getOpenStop() {
        return c == null ? null : c.getClock().openStop().orElse(null);
    }

    /** Days the open special procedure has run past what the applicant was told. */
    public long getOverrunDays() {
        return c.getClock().overrunDays(LocalDate.now(clock));
    }

    private WorkingCalendar calendar() {
        return cases.calendar();
    }

    public boolean isOpen() {
        return c != null && c.getStatus().isOpen();
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
    public boolean isReviewing() { return reviewing; }

    /** For the fee dialog: amount i of the bill, as an editable property. */
    public List<BigDecimal> getAmounts() { return request.getAmounts(); }
}
