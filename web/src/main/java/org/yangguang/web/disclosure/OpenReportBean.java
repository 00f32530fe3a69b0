package org.yangguang.web.disclosure;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.yangguang.disclosure.AnnualReport;
import org.yangguang.disclosure.AnnualReports;
import org.yangguang.web.security.PublicLimits;
import org.yangguang.web.support.Faces;

/** A published annual report on the portal: the document frozen at publication, and its PDF. */
@Named
@ViewScoped
public class OpenReportBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AnnualReports reports;

    @Inject
    PublicLimits limits;

    private int year;
    private String scope;
    private String html;

    /** One read of published content, counted with the API's (PublicLimits). */
    public void load() {
        if (Faces.publishedThrottled(limits)) return;
        AnnualReport r = Faces.attempt(() -> reports.publishedReport(year, scope));
        html = r == null ? null : r.getPublishedHtml();
    }

    /** The REST path of the PDF (public once published). */
    public String getPdfPath() {
        boolean county = scope == null || scope.isBlank() || AnnualReport.COUNTY.equals(scope);
        return "/api/v1/disclosure/annual-reports/" + year + ".pdf" + (county ? "" : "?department=" + scope);
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public String getScope() { return scope; }
    public void setScope(String scope) { this.scope = scope; }
    public String getHtml() { return html; }
}
