package org.yangguang.web.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.yangguang.approval.CaseService;
import org.yangguang.approval.PublicCaseView;
import org.yangguang.web.security.PublicLimits;
import org.yangguang.web.support.Faces;

/** Public tracking by receipt number and query code (GET parameters). */
@Named
@RequestScoped
public class TrackBean {

    @Inject
    CaseService cases;

    @Inject
    PublicLimits limits;

    private String rn;
    private String code;
    private PublicCaseView result;
    private boolean notFound;

    public void track() {
        if (rn == null || rn.isBlank() || code == null || code.isBlank()) return;
        if (Faces.throttled(limits, PublicLimits.Kind.CASE, rn)) return;
        try {
            result = cases.track(rn, code);
        } catch (RuntimeException e) {
            notFound = true;
        }
    }

    public String getRn() { return rn; }
    public void setRn(String rn) { this.rn = rn; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public PublicCaseView getResult() { return result; }
    public boolean isNotFound() { return notFound; }
}
