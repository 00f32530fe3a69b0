package org.yangguang.web.disclosure;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;
import org.yangguang.disclosure.DeliveryWay;
import org.yangguang.disclosure.DisclosureOutcome;
import org.yangguang.disclosure.DisclosureRemedy;
import org.yangguang.disclosure.DisclosureRequest;
import org.yangguang.disclosure.DisclosureService;
import org.yangguang.disclosure.FeeMethod;
import org.yangguang.disclosure.RemedyKind;
import org.yangguang.disclosure.RemedyOutcome;
import org.yangguang.disclosure.ReplyFile;
import org.yangguang.disclosure.RequestAction;
import org.yangguang.disclosure.RequestInput;
import org.yangguang.disclosure.RequestLimits;
import org.yangguang.disclosure.WithholdingGround;
import org.yangguang.supervision.FindingRow;
import org.yangguang.supervision.FindingService;
import org.yangguang.supervision.SubjectType;
import org.yangguang.files.StoredFile;
import org.yangguang.web.support.Downloads;
import org.yangguang.web.support.Faces;
import org.yangguang.web.support.LocaleBean;

/**
 * One disclosure request for the editor: the application, its limits with how they were counted,
 * and the steps the transition table allows this user now (correction notice, correction
 * received, third-party consultation, extension, fee, the reply's files, the reply with its
 * outcome and, for 部分公开, the part withheld and its grounds; remedies once replied).
 */
@Named
@ViewScoped
public class DisclosureRequestBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    DisclosureService requests;

    @Inject
    FindingService supervision;

    @Inject
    LocaleBean locale;

    private String number;
    private DisclosureRequest request;
    private String departmentName;
    private RequestLimits limits;
    private List<RequestAction> allowed = List.of();
    private List<ReplyFile> files = List.of();

    private String correctionContent;
    private LocalDate correctionDue;
    private String correctionText;
    private String party;
    private Integer extensionDays;
    private String approver;
    private String reason;
    private DisclosureOutcome outcome;
    private String reply;
    private DeliveryWay delivery;
    private String withheld;
    /** The grounds chosen for 部分公开, by name. */
    private List<String> grounds = new ArrayList<>();
    private FeeMethod feeMethod = FeeMethod.BY_COUNT;
    private Integer pages;
    private LocalDate paidOn;
    private RemedyKind remedyKind = RemedyKind.RECONSIDERATION;
    private LocalDate remedyFiledOn;
    private String remedyAuthority;
    private RemedyOutcome remedyOutcome;
    private LocalDate remedyDecidedOn;
    private List<DisclosureRemedy> remedies = List.of();
    private List<FindingRow> findings = List.of();

    public void load() {
        request = Faces.attempt(() -> requests.get(number == null ? "" : number));
        if (request != null) {
            departmentName = requests.departmentName(request.getDepartmentId());
            limits = requests.limits(request.getNumber());
            allowed = requests.allowedActions(request.getNumber());
            files = requests.replyFiles(request.getNumber());
            if (delivery == null) delivery = request.getDeliveryWay();
            remedies = requests.remedies(request.getNumber());
            findings = supervision.forSubject(SubjectType.REQUEST, request.getId());
        }
    }

    /** Whether the transition table lets this user take the action now (the page shows only those). */
    public boolean allows(String action) {
        return allowed.stream().anyMatch(a -> a.name().equals(action));
    }

    private RequestInput input() {
        return RequestInput.version(request.getVersion());
    }

    private void act(RequestAction action, RequestInput in) {
        done(Faces.attempt(() -> requests.act(number, action, in)));
    }

    public void noticeCorrection() {
        RequestInput in = input();
        in.setContent(correctionContent);
        in.setDueOn(correctionDue);
        act(RequestAction.NOTICE_CORRECTION, in);
    }

    public void corrected() {
        RequestInput in = input();
        in.setText(correctionText);
        act(RequestAction.RECORD_CORRECTION, in);
    }

    public void consult() {
        RequestInput in = input();
        in.setParty(party);
        act(RequestAction.CONSULT, in);
    }

    public void consulted(String who) {
        RequestInput in = input();
        in.setParty(who);
        act(RequestAction.RECORD_CONSULTATION, in);
    }

    public void extend() {
        RequestInput in = input();
        in.setDays(extensionDays);
        in.setApprover(approver);
        in.setReason(reason);
        act(RequestAction.EXTEND, in);
    }

    public void noticeFee() {
        RequestInput in = input();
        in.setMethod(feeMethod == null ? null : feeMethod.name());
        in.setPages(pages);
        act(RequestAction.NOTICE_FEE, in);
    }

    public void feePaid() {
        RequestInput in = input();
        in.setOn(paidOn);
        act(RequestAction.RECORD_PAYMENT, in);
    }

    public void answer() {
        if (outcome == null) {
            Faces.error(Faces.text("disclosure.chooseOutcome"));
            return;
        }
        RequestInput in = input();
        in.setOutcome(outcome.name());
        in.setText(reply);
        in.setDelivery(delivery == null ? null : delivery.name());
        if (outcome == DisclosureOutcome.PARTLY_DISCLOSED) {
            in.setWithheld(withheld);
            in.setGrounds(grounds);
        }
        act(RequestAction.REPLY, in);
    }

    public void upload(FileUploadEvent event) {
        done(Faces.attempt(() -> requests.attach(number, request.getVersion(), event.getFile().getFileName(),
                event.getFile().getContent())));
    }

    public void removeFile(long fileId) {
        RequestInput in = input();
        in.setFileId(fileId);
        act(RequestAction.REMOVE_FILE, in);
    }

    public StreamedContent download(ReplyFile f) {
        StoredFile file = Faces.attempt(() -> requests.replyFile(number, f.id()));
        return file == null ? null : Downloads.of(file);
    }

    public void recordRemedy() {
        RequestInput in = input();
        in.setKind(remedyKind == null ? null : remedyKind.name());
        in.setOn(remedyFiledOn);
        in.setAuthority(remedyAuthority);
        if (Faces.attempt(() -> requests.act(number, RequestAction.RECORD_REMEDY, in)) != null) {
            Faces.info(Faces.text("remedy.recorded"));
            remedyAuthority = null;
            load();
        }
    }

    public void decideRemedy(DisclosureRemedy m) {
        RequestInput in = RequestInput.version(m.getVersion());
        in.setRemedyId(m.getId());
        in.setOutcome(remedyOutcome == null ? null : remedyOutcome.name());
        in.setOn(remedyDecidedOn);
        if (Faces.attempt(() -> requests.act(number, RequestAction.DECIDE_REMEDY, in)) != null) {
            Faces.info(Faces.text("remedy.decided"));
            load();
        }
    }

    private void done(DisclosureRequest changed) {
        if (changed != null) {
            Faces.info(Faces.text("disclosure.updated", changed.getNumber(), locale.label(changed.getStatus())));
            load();
        }
    }

    /** The outcomes in the order of the annual report's table 三. */
    public DisclosureOutcome[] getOutcomes() { return DisclosureOutcome.values(); }
    public WithholdingGround[] getGroundChoices() { return WithholdingGround.values(); }
    public DeliveryWay[] getDeliveryWays() { return DeliveryWay.values(); }
    public FeeMethod[] getFeeMethods() { return FeeMethod.values(); }
    public RemedyKind[] getRemedyKinds() { return RemedyKind.values(); }
    public List<RemedyOutcome> getRemedyOutcomes() { return List.of(RemedyOutcome.UPHELD, RemedyOutcome.CORRECTED, RemedyOutcome.OTHER); }
    public List<DisclosureRemedy> getRemedies() { return remedies; }
    public List<FindingRow> getFindings() { return findings; }
    public List<ReplyFile> getFiles() { return files; }
    public List<RequestAction> getAllowed() { return allowed; }
    public FeeMethod getFeeMethod() { return feeMethod; }
    public void setFeeMethod(FeeMethod v) { this.feeMethod = v; }
    public Integer getPages() { return pages; }
    public void setPages(Integer v) { this.pages = v; }
    public LocalDate getPaidOn() { return paidOn; }
    public void setPaidOn(LocalDate v) { this.paidOn = v; }
    public RemedyKind getRemedyKind() { return remedyKind; }
    public void setRemedyKind(RemedyKind v) { this.remedyKind = v; }
    public LocalDate getRemedyFiledOn() { return remedyFiledOn; }
    public void setRemedyFiledOn(LocalDate v) { this.remedyFiledOn = v; }
    public String getRemedyAuthority() { return remedyAuthority; }
    public void setRemedyAuthority(String v) { this.remedyAuthority = v; }
    public RemedyOutcome getRemedyOutcome() { return remedyOutcome; }
    public void setRemedyOutcome(RemedyOutcome v) { this.remedyOutcome = v; }
    public LocalDate getRemedyDecidedOn() { return remedyDecidedOn; }
    public void setRemedyDecidedOn(LocalDate v) { this.remedyDecidedOn = v; }

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public DisclosureRequest getRequest() { return request; }
    public String getDepartmentName() { return departmentName; }
    public RequestLimits getLimits() { return limits; }
    public String getCorrectionContent() { return correctionContent; }
    public void setCorrectionContent(String v) { this.correctionContent = v; }
    public LocalDate getCorrectionDue() { return correctionDue; }
    public void setCorrectionDue(LocalDate v) { this.correctionDue = v; }
    public String getCorrectionText() { return correctionText; }
    public void setCorrectionText(String v) { this.correctionText = v; }
    public String getParty() { return party; }
    public void setParty(String v) { this.party = v; }
    public Integer getExtensionDays() { return extensionDays; }
    public void setExtensionDays(Integer v) { this.extensionDays = v; }
    public String getApprover() { return approver; }
    public void setApprover(String v) { this.approver = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { this.reason = v; }
    public DisclosureOutcome getOutcome() { return outcome; }
    public void setOutcome(DisclosureOutcome v) { this.outcome = v; }
    public String getReply() { return reply; }
    public void setReply(String v) { this.reply = v; }
    public DeliveryWay getDelivery() { return delivery; }
    public void setDelivery(DeliveryWay v) { this.delivery = v; }
    public String getWithheld() { return withheld; }
    public void setWithheld(String v) { this.withheld = v; }
    public List<String> getGrounds() { return grounds; }
    public void setGrounds(List<String> v) { this.grounds = v == null ? new ArrayList<>() : new ArrayList<>(v); }
}
