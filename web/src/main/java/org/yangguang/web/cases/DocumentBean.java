package org.yangguang.web.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.yangguang.approval.CaseService;
import org.yangguang.approval.document.CaseDocument;
import org.yangguang.approval.document.DocumentKind;
import org.yangguang.web.security.PublicLimits;
import org.yangguang.web.support.Faces;

/**
 * A printable document issued on a case, exactly as it was issued (收件凭证, 补正告知书, 受理通知书,
 * 不予受理决定书, 特别程序告知书, 延期告知书, 准予/部分准予/不予行政许可决定书, 送达回证). Staff open
 * it by receipt number, the applicant with the query code as well. {@code doc} is the
 * document's id, or a kind for the latest document of that kind.
 */
@Named
@RequestScoped
public class DocumentBean {

    @Inject
    CaseService cases;

    @Inject
    PublicLimits limits;

    private String rn;
    private String code;
    private String doc;
    private CaseDocument document;

    public void load() throws IOException {
        // the applicant's path is a lookup by receipt number and query code, limited like tracking
        if (isApplicant() && Faces.throttled(limits, PublicLimits.Kind.CASE, rn)) return;
        try {
            document = find();
        } catch (RuntimeException e) {
            document = null;
        }
        if (document == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "文书不存在");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private CaseDocument find() {
        if (rn == null || doc == null) return null;
        boolean applicant = isApplicant();
        if (doc.chars().allMatch(Character::isDigit) && !doc.isEmpty()) {
            long id = Long.parseLong(doc);
            return applicant ? cases.documentForApplicant(rn, code, id) : cases.document(rn, id);
        }
        DocumentKind kind = DocumentKind.valueOf(doc);
        List<CaseDocument> all = applicant ? cases.documentsForApplicant(rn, code) : cases.documents(rn);
        return all.stream().filter(d -> d.getKind() == kind).reduce((a, b) -> b).orElse(null);
    }

    private boolean isApplicant() {
        return code != null && !code.isBlank();
    }

    /** Staff see the full name; the public path (opened with the query code) only the masked one. */
    public String getAddressee() {
        if (document == null) return "";
        if (code == null || code.isBlank()) return document.getAddressee();
        return new org.yangguang.approval.Applicant(document.getAddressee(), null, null, null).getMaskedName();
    }

    /**
     * 好差评: the receipt slip (收件凭证) and the delivery document (送达回证) print the address where
     * the applicant rates the case (public tracking with the receipt number; the query code is
     * entered by the applicant, never printed in the link). Null for other documents.
     */
    public String getRatingUrl() {
        if (document == null || rn == null
                || document.getKind() != DocumentKind.RECEIPT && document.getKind() != DocumentKind.DELIVERY) {
            return null;
        }
        var request = (jakarta.servlet.http.HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String base = request.getRequestURL().toString();
        base = base.substring(0, base.length() - request.getRequestURI().length()) + request.getContextPath();
        return base + "/track.xhtml?rn=" + java.net.URLEncoder.encode(rn, java.nio.charset.StandardCharsets.UTF_8);
    }

    public String getRn() { return rn; }
    public void setRn(String rn) { this.rn = rn; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getDoc() { return doc; }
    public void setDoc(String doc) { this.doc = doc; }
    public CaseDocument getDocument() { return document; }
}
