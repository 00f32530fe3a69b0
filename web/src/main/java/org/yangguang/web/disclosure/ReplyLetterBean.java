package org.yangguang.web.disclosure;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.yangguang.disclosure.DisclosureService;
import org.yangguang.disclosure.ReplyLetter;
import org.yangguang.web.security.RateLimits;
import org.yangguang.web.support.Faces;

/** The printable reply letter: for staff by number, for the applicant by number and query code. */
@Named
@ViewScoped
public class ReplyLetterBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    DisclosureService requests;

    @Inject
    RateLimits limits;

    private String number;
    private String code;
    private ReplyLetter letter;

    /** The applicant's page (/disclosure-letter.xhtml): the query code is required. */
    public void loadPublic() {
        if (Faces.throttled(limits, "disclosure-requests", number == null ? "" : number.trim())) return;
        letter = Faces.attempt(() -> requests.letter(number == null ? "" : number, code == null ? "" : code));
    }

    /** The staff page (/admin/disclosure/letter.xhtml). */
    public void loadStaff() {
        letter = Faces.attempt(() -> requests.letter(number == null ? "" : number));
    }

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public ReplyLetter getLetter() { return letter; }
}
