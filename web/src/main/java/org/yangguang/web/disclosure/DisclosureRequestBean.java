package org.yangguang.web.disclosure;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.yangguang.disclosure.DeliveryWay;
import org.yangguang.disclosure.DisclosureOutcome;
import org.yangguang.disclosure.DisclosureRemedy;
import org.yangguang.disclosure.DisclosureRequest;
import org.yangguang.disclosure.DisclosureService;
import org.yangguang.disclosure.FeeMethod;
import org.yangguang.disclosure.RemedyKind;
import org.yangguang.disclosure.RemedyOutcome;
import org.yangguang.disclosure.RequestLimits;
import org.yangguang.supervision.FindingRow;
import org.yangguang.supervision.FindingService;
import org.yangguang.supervision.SubjectType;
import org.yangguang.web.support.Faces;

/**
 * One disclosure request for the editor: the application, its limits with how they were counted,
 * and the next step (correction notice, correction received, third-party consultation, extension,
 * the reply with its outcome).
 */
@Named
@ViewScoped
public class DisclosureRequestBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    DisclosureService requests;

    @Inject
    FindingService supervision;

    private String number;
    private DisclosureRequest request;
    private String departmentName;
    private RequestLimits limits;

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
            if (delivery == null) delivery = request.getDeliveryWay();
            remedies = requests.remedies(request.getNumber());
            findings = supervision.forSubject(SubjectType.REQUEST, request.getId());
        }
    }

    public void noticeFee() {
        done(Faces.attempt(() -> requests.noticeFee(number, request.getVersion(), feeMethod, pages)));
    }

    public void feePaid() {
        done(Faces.attempt(() -> requests.feePaid(number, request.getVersion(), paidOn)));
    }

    public void recordRemedy() {
        if (Faces.attempt(() -> requests.recordRemedy(number, remedyKind, remedyFiledOn, remedyAuthority)) != null) {
            Faces.info(Faces.text("remedy.recorded"));
            remedyAuthority = null;
            load();
        }
    }

    public void decideRemedy(DisclosureRemedy m) {
        if (Faces.attempt(() -> requests.decideRemedy(number, m.getId(), m.getVersion(), remedyOutcome, remedyDecidedOn, null)) != null) {
            Faces.info(Faces.text("remedy.decided"));
            load();
        }
    }

    public void noticeCorrection() {
        done(Faces.attempt(() -> requests.noticeCorrection(number, request.getVersion(), correctionContent, correctionDue)));
    }

    public void corrected() {
        done(Faces.attempt(() -> requests.corrected(number, request.getVersion(), correctionText, null)));
    }

    public void consult() {
        done(Faces.attempt(() -> requests.consult(number, request.getVersion(), party == null ? "" : party)));
    }

    public void consulted(String who) {
        done(Faces.attempt(() -> requests.thirdPartyAnswered(number, request.getVersion(), who)));
    }

    public void extend() {
        done(Faces.attempt(() -> requests.extend(number, request.getVersion(), extensionDays == null ? 0 : extensionDays,
                approver, reason)));
    }

    public void answer() {
        if (outcome == null) {
            Faces.error(Faces.text("disclosure.chooseOutcome"));
            return;
        }
        done(Faces.attempt(() -> requests.reply(number, request.getVersion(), outcome, reply, delivery)));
    }

    private void done(DisclosureRequest changed) {
        if (changed != null) {
            Faces.info(Faces.text("disclosure.updated", changed.getNumber(), changed.getStatus().label()));
            load();
        }
    }

    /** The outcomes in the order of the annual report's table 三 (each labelled with its group). */
    public DisclosureOutcome[] getOutcomes() { return DisclosureOutcome.values(); }
    public DeliveryWay[] getDeliveryWays() { return DeliveryWay.values(); }
    public FeeMethod[] getFeeMethods() { return FeeMethod.values(); }
    public RemedyKind[] getRemedyKinds() { return RemedyKind.values(); }
    public List<RemedyOutcome> getRemedyOutcomes() { return List.of(RemedyOutcome.UPHELD, RemedyOutcome.CORRECTED, RemedyOutcome.OTHER); }
    public List<DisclosureRemedy> getRemedies() { return remedies; }
    public List<FindingRow> getFindings() { return findings; }
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
}
