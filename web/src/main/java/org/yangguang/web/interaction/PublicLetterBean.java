package org.yangguang.web.interaction;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.yangguang.interaction.letter.Letter;
import org.yangguang.interaction.letter.LetterCategory;
import org.yangguang.interaction.letter.LetterService;
import org.yangguang.interaction.letter.LetterUpload;
import org.yangguang.interaction.letter.NewLetter;
import org.yangguang.interaction.letter.PublicLetterView;
import org.yangguang.organization.Department;
import org.yangguang.organization.DepartmentService;
import org.yangguang.web.security.PublicLimits;
import org.yangguang.web.support.Faces;

/**
 * The public portal's mailbox (政民互动): write a letter to the county head's mailbox or a
 * department's, and track it with its number and query code. Both go through the portal's one
 * limiter, as the API does.
 */
@Named
@ViewScoped
public class PublicLetterBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PublicLimits limits;

    @Inject
    LetterService letters;

    @Inject
    DepartmentService departments;

    private NewLetter form = fresh();
    private String number;
    private String queryCode;
    private PublicLetterView tracked;
    /** The files chosen on the form (the browser's own file input, several at once). */
    private transient List<Part> attachments;

    /** A link to the page with a number and code shows the letter at once. */
    public void init() {
        if (tracked == null && number != null && !number.isBlank() && queryCode != null && !queryCode.isBlank()) track();
    }

    public void write() {
        if (Faces.submissionsUsedUp(limits)) return;
        List<LetterUpload> uploads = uploads();
        if (uploads == null) return;
        Letter l = Faces.attempt(() -> letters.write(form, uploads));
        if (l != null) {
            limits.submitted(Faces.clientAddress());
            number = l.getNumber();
            queryCode = l.getQueryCode();
            form = fresh();
            track();
        }
    }

    /** The chosen files as sent (the service checks their types and sizes); null when one could not be read. */
    private List<LetterUpload> uploads() {
        List<LetterUpload> out = new ArrayList<>();
        if (attachments == null) return out;
        try {
            for (Part p : attachments) {
                if (p == null || p.getSize() == 0 && (p.getSubmittedFileName() == null || p.getSubmittedFileName().isBlank())) continue;
                out.add(new LetterUpload(p.getSubmittedFileName(), p.getInputStream().readAllBytes()));
            }
            return out;
        } catch (IOException e) {
            Faces.error(Faces.text("error.500"));
            return null;
        } finally {
            attachments = null;
        }
    }

    public void track() {
        if (Faces.throttled(limits, PublicLimits.Kind.LETTER, number)) return;
        tracked = Faces.attempt(() -> letters.track(number == null ? "" : number, queryCode == null ? "" : queryCode));
    }

    /** The county head's mailbox is the default; the writer may choose a department's instead. */
    private static NewLetter fresh() {
        NewLetter f = new NewLetter();
        f.setMailbox(Letter.COUNTY_HEAD);
        f.setConsentToPublish(Boolean.FALSE);
        return f;
    }

    public String getCountyHead() { return Letter.COUNTY_HEAD; }
    public List<Department> getDepartments() { return departments.all(); }
    public LetterCategory[] getCategories() { return LetterCategory.values(); }
    public NewLetter getForm() { return form; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getQueryCode() { return queryCode; }
    public void setQueryCode(String queryCode) { this.queryCode = queryCode; }
    public PublicLetterView getTracked() { return tracked; }
    public List<Part> getAttachments() { return attachments; }
    public void setAttachments(List<Part> attachments) { this.attachments = attachments; }
}
