package org.yangguang.web.disclosure;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.yangguang.disclosure.ApplicantType;
import org.yangguang.disclosure.DeliveryWay;
import org.yangguang.disclosure.DisclosureRequest;
import org.yangguang.disclosure.DisclosureService;
import org.yangguang.disclosure.NewDisclosureRequest;
import org.yangguang.disclosure.ProvideForm;
import org.yangguang.disclosure.PublicRequestView;
import org.yangguang.disclosure.ReplyFile;
import org.primefaces.model.StreamedContent;
import org.yangguang.files.StoredFile;
import org.yangguang.web.support.Downloads;
import org.yangguang.organization.Department;
import org.yangguang.organization.DepartmentService;
import org.yangguang.web.security.PublicLimits;
import org.yangguang.web.support.Faces;

/**
 * The portal's disclosure request: the application form (received the day it is sent), tracking
 * with number and query code, and the correction form while a correction is asked for.
 */
@Named
@ViewScoped
public class PublicDisclosureBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PublicLimits limits;

    @Inject
    DisclosureService requests;

    @Inject
    DepartmentService departments;

    private NewDisclosureRequest form = new NewDisclosureRequest();
    private String number;
    private String queryCode;
    private String correction;
    private PublicRequestView tracked;

    public void submit() {
        if (Faces.submissionsUsedUp(limits)) return;
        DisclosureRequest r = Faces.attempt(() -> requests.submit(form));
        if (r != null) {
            limits.submitted(Faces.clientAddress());
            number = r.getNumber();
            queryCode = r.getQueryCode();
            form = new NewDisclosureRequest();
            track();
        }
    }

    public void track() {
        if (Faces.throttled(limits, PublicLimits.Kind.DISCLOSURE_REQUEST, number)) return;
        tracked = Faces.attempt(() -> requests.track(number == null ? "" : number, queryCode == null ? "" : queryCode));
    }

    /** The correction is sent with the number and query code: a lookup like tracking. */
    public void correct() {
        if (Faces.throttled(limits, PublicLimits.Kind.DISCLOSURE_REQUEST, number)) return;
        PublicRequestView v = Faces.attempt(() -> requests.correct(number == null ? "" : number,
                queryCode == null ? "" : queryCode, correction));
        if (v != null) {
            tracked = v;
            correction = null;
            Faces.info(Faces.text("disclosure.correctionReceived", v.replyDue()));
        }
    }

    /**
     * A file of the reply: fetched again with the number and query code the visitor tracked with,
     * through the same check as tracking (replied, delivered online), never from what the page holds.
     */
    public StreamedContent download(ReplyFile f) {
        if (Faces.throttled(limits, PublicLimits.Kind.DISCLOSURE_REQUEST, number)) return null;
        StoredFile file = Faces.attempt(() -> requests.replyFile(number == null ? "" : number, queryCode == null ? "" : queryCode, f.id()));
        return file == null ? null : Downloads.of(file);
    }

    public List<Department> getDepartments() { return departments.all(); }
    public ApplicantType[] getApplicantTypes() { return ApplicantType.values(); }
    public ProvideForm[] getProvideForms() { return ProvideForm.values(); }
    public DeliveryWay[] getDeliveryWays() { return DeliveryWay.values(); }
    public NewDisclosureRequest getForm() { return form; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getQueryCode() { return queryCode; }
    public void setQueryCode(String queryCode) { this.queryCode = queryCode; }
    public String getCorrection() { return correction; }
    public void setCorrection(String correction) { this.correction = correction; }
    public PublicRequestView getTracked() { return tracked; }
}
