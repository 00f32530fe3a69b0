package org.yangguang.web.supervision;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.yangguang.organization.Department;
import org.yangguang.organization.DepartmentService;
import org.yangguang.supervision.Complaint;
import org.yangguang.supervision.ComplaintService;
import org.yangguang.supervision.NewComplaint;
import org.yangguang.supervision.PublicComplaintView;
import org.yangguang.web.security.PublicLimits;
import org.yangguang.web.support.Faces;

/**
 * The public portal's complaint form and tracking: a complaint about a case (receipt number and
 * query code) or a department; the complainant gets a number and a query code to follow it.
 */
@Named
@ViewScoped
public class PublicComplaintBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PublicLimits limits;

    @Inject
    ComplaintService complaints;

    @Inject
    DepartmentService departments;

    private NewComplaint form = new NewComplaint();
    private String number;
    private String queryCode;
    private PublicComplaintView tracked;

    public void init() {
        if (form.getReceiptNumber() == null && Faces.param("rn") != null) form.setReceiptNumber(Faces.param("rn"));
    }

    /**
     * A complaint is a submission (per address), and one about a case looks the case up by its
     * receipt number and query code: counted as a lookup like tracking, or the form would be a way
     * around the limit on guessing query codes.
     */
    public void submit() {
        if (Faces.submissionsUsedUp(limits)) return;
        String rn = form.getReceiptNumber();
        if (rn != null && !rn.isBlank() && Faces.throttled(limits, PublicLimits.Kind.CASE, rn)) return;
        Complaint c = Faces.attempt(() -> complaints.submit(form));
        if (c != null) {
            limits.submitted(Faces.clientAddress());
            number = c.getNumber();
            queryCode = c.getQueryCode();
            form = new NewComplaint();
            track();
        }
    }

    public void track() {
        if (Faces.throttled(limits, PublicLimits.Kind.COMPLAINT, number)) return;
        tracked = Faces.attempt(() -> complaints.track(number == null ? "" : number, queryCode == null ? "" : queryCode));
    }

    public List<Department> getDepartments() { return departments.all(); }
    public NewComplaint getForm() { return form; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getQueryCode() { return queryCode; }
    public void setQueryCode(String queryCode) { this.queryCode = queryCode; }
    public PublicComplaintView getTracked() { return tracked; }
}
