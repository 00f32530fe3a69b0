package org.yangguang.disclosure;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.yangguang.shared.BaseEntity;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.SystemText;

/**
 * The annual report of a year for an agency or the county: the office's texts of sections 一, 五
 * and 六 while a draft; once published, the document frozen as it was (HTML, JSON of the tables,
 * PDF), so what the public reads never changes when later data does.
 */
@Entity
@Table(name = "annual_report")
@NamedQuery(name = "AnnualReport.find", query = "select r from AnnualReport r where r.year = :year and r.scope = :scope")
public class AnnualReport extends BaseEntity {
    public static final String COUNTY = "COUNTY";
    public static final int TEXT_LENGTH = 20_000;

    public enum Status implements org.yangguang.shared.Labelled {
        DRAFT("草稿"), PUBLISHED("已发布");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    @Column(name = "report_year", nullable = false, updatable = false)
    private int year;

    /** {@link #COUNTY} or the agency's department code. */
    @Column(name = "scope", nullable = false, updatable = false, length = 20)
    private String scope;

    @Column(name = "department_id", updatable = false)
    private Long departmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private Status status = Status.DRAFT;

    @Column(name = "overview", length = TEXT_LENGTH)
    private String overview;

    @Column(name = "problems", length = TEXT_LENGTH)
    private String problems;

    @Column(name = "other_matters", length = TEXT_LENGTH)
    private String otherMatters;

    @Column(name = "drafted_by", nullable = false, updatable = false, length = 40)
    private String draftedBy;

    @Column(name = "drafted_at", nullable = false, updatable = false)
    private Instant draftedAt;

    @Column(name = "updated_by", length = 40)
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "published_by", length = 40)
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_html")
    private String publishedHtml;

    @Column(name = "published_json")
    private String publishedJson;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "published_pdf")
    private byte[] publishedPdf;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "published_xlsx")
    private byte[] publishedXlsx;

    protected AnnualReport() {}

    AnnualReport(int year, String scope, Long departmentId, String by, Instant at) {
        this.year = year;
        this.scope = scope;
        this.departmentId = departmentId;
        this.draftedBy = by;
        this.draftedAt = at;
    }

    void write(String newOverview, String newProblems, String newOther, String by, Instant at) {
        requireDraft();
        overview = text(newOverview, "overview");
        problems = text(newProblems, "problems");
        otherMatters = text(newOther, "otherMatters");
        updatedBy = by;
        updatedAt = at;
    }

    void publish(String html, String json, byte[] pdf, byte[] xlsx, String by, Instant at) {
        requireDraft();
        if (blank(overview) || blank(problems)) {
            throw new ConflictException(SystemText.of("report.partsMissing"));
        }
        publishedHtml = html;
        publishedJson = json;
        publishedPdf = pdf;
        publishedXlsx = xlsx;
        publishedBy = by;
        publishedAt = at;
        status = Status.PUBLISHED;
    }

    private void requireDraft() {
        if (status == Status.PUBLISHED) throw new ConflictException(SystemText.of("report.publishedFixed"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String text(String s, String field) {
        if (s == null || s.isBlank()) return null;
        if (s.length() > TEXT_LENGTH) throw new InvalidInputException(field, SystemText.of("input.tooLong", TEXT_LENGTH));
        return s.strip();
    }

    public boolean isPublished() { return status == Status.PUBLISHED; }
    public int getYear() { return year; }
    public String getScope() { return scope; }
    public Long getDepartmentId() { return departmentId; }
    public Status getStatus() { return status; }
    public String getOverview() { return overview; }
    public String getProblems() { return problems; }
    public String getOtherMatters() { return otherMatters; }
    public String getDraftedBy() { return draftedBy; }
    public Instant getDraftedAt() { return draftedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getPublishedBy() { return publishedBy; }
    public Instant getPublishedAt() { return publishedAt; }
    public String getPublishedHtml() { return publishedHtml; }
    public String getPublishedJson() { return publishedJson; }
    public byte[] getPublishedPdf() { return publishedPdf; }
    public byte[] getPublishedXlsx() { return publishedXlsx; }
}
