package org.yangguang.web.disclosure;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.yangguang.disclosure.DeliveryWay;
import org.yangguang.disclosure.DisclosureOutcome;
import org.yangguang.disclosure.DisclosureRequest;
import org.yangguang.disclosure.DisclosureService;
import org.yangguang.disclosure.RequestLimits;
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

    public void load() {
        request = Faces.attempt(() -> requests.get(number == null ? "" : number));
        if (request != null) {
            departmentName = requests.departmentName(request.getDepartmentId());
            limits = requests.limits(request.getNumber());
            if (delivery == null) delivery = request.getDeliveryWay();
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
