package org.yangguang.web.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.yangguang.approval.ApprovalCase;
import org.yangguang.approval.CaseService;
import org.yangguang.approval.CaseStatus;
import org.yangguang.approval.Decision;

/**
 * Printable documents addressed to the applicant (收件凭证, 补正告知书, 受理通知书, 不予受理决定书,
 * 特别程序告知书, 延期告知书, 许可决定书). Staff open them by receipt number, the applicant with
 * the query code as well.
 */
@Named
@RequestScoped
public class DocumentBean {

    @Inject
    CaseService cases;

    private String rn;
    private String code;
    private String doc;
    private ApprovalCase c;

    public void load() throws IOException {
        try {
            c = code == null || code.isBlank() ? cases.find(rn) : cases.forApplicant(rn, code);
        } catch (RuntimeException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "办件不存在");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** Whether this document exists at the case's current stage. */
    public boolean isAvailable() {
        if (c == null || doc == null) return false;
        return switch (doc) {
            case "RECEIPT" -> true;
            case "CORRECTION" -> c.getCorrectionNotices() > 0;
            case "ACCEPTANCE" -> c.getAcceptedOn() != null;
            case "REFUSAL" -> c.getStatus() == CaseStatus.REFUSED;
            case "SPECIAL_PROCEDURE" -> !c.getStops().isEmpty();
            case "EXTENSION" -> c.getExtensionDays() > 0;
            case "DECISION" -> c.getDecision() != null;
            default -> false;
        };
    }

    /** Staff see the full name; the public path (opened with the query code) only the masked one. */
    public String getApplicantName() {
        if (c == null) return "";
        return code == null || code.isBlank() ? c.getApplicant().getName() : c.getApplicant().getMaskedName();
    }

    public boolean isApproved() {
        return c != null && c.getDecision() == Decision.APPROVED;
    }

    public String getRn() { return rn; }
    public void setRn(String rn) { this.rn = rn; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getDoc() { return doc; }
    public void setDoc(String doc) { this.doc = doc; }
    public ApprovalCase getCase() { return c; }
}
