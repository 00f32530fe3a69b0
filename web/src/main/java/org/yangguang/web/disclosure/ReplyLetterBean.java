package org.yangguang.web.disclosure;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.yangguang.disclosure.DisclosureService;
import org.yangguang.disclosure.ReplyLetter;
import org.yangguang.web.security.PublicLimits;
import org.yangguang.web.support.Faces;

/** The printable reply letter: for staff by number, for the applicant by number and query code. */
@Named
@ViewScoped
public class ReplyLetterBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    DisclosureService requests;

    @Inject
    PublicLimits limits;

    private String number;
    private String code;
    /** "fee" for the fee notice; otherwise the reply letter. */
    private String kind;
    private ReplyLetter letter;

    /** The applicant's page (/disclosure-letter.xhtml): the query code is required. */
    public void loadPublic() {
        if (Faces.throttled(limits, PublicLimits.Kind.DISCLOSURE_REQUEST, number)) return;
        String n = number == null ? "" : number;
        String c = code == null ? "" : code;
        letter = Faces.attempt(() -> isFee() ? requests.feeNotice(n, c) : requests.letter(n, c));
    }

    /** The staff page (/admin/disclosure/letter.xhtml). */
    public void loadStaff() {
        String n = number == null ? "" : number;
        letter = Faces.attempt(() -> isFee() ? requests.feeNotice(n) : requests.letter(n));
    }

    private boolean isFee() {
        return "fee".equals(kind);
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public ReplyLetter getLetter() { return letter; }
}
