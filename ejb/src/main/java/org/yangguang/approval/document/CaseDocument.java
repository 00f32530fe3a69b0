package org.yangguang.approval.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.yangguang.approval.ApprovalCase;
import org.yangguang.shared.BaseEntity;

/**
 * A document issued to the applicant (文书): numbered, dated, and frozen as rendered at the
 * action that created it, with a SHA-256 of its content. It is never updated (Hibernate refuses
 * to); a later change of the case issues a new document, and a reprint shows this one's text.
 */
@Entity
@Immutable
@Table(name = "case_document")
@NamedQuery(name = "CaseDocument.ofCase",
        query = "select d from CaseDocument d where d.approvalCase = :c order by d.issuedAt, d.id")
public class CaseDocument extends BaseEntity {
    public static final int BODY_LENGTH = 20_000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private ApprovalCase approvalCase;

    @Column(name = "department_id", nullable = false, updatable = false)
    private Long departmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20, updatable = false)
    private DocumentKind kind;

    @Column(name = "doc_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "seq", nullable = false, updatable = false)
    private int seq;

    /** 文号, e.g. 阳市监许受字〔2026〕第12号. */
    @Column(name = "doc_number", nullable = false, length = 60, updatable = false)
    private String number;

    @Column(name = "title", nullable = false, length = 40, updatable = false)
    private String title;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, length = 40, updatable = false)
    private String issuedBy;

    /** The issuing agency's name as it was on the day. */
    @Column(name = "issuer", nullable = false, length = 100, updatable = false)
    private String issuer;

    @Column(name = "addressee", nullable = false, length = 200, updatable = false)
    private String addressee;

    @Column(name = "body", nullable = false, length = BODY_LENGTH, updatable = false)
    private String body;

    @Column(name = "sha256", nullable = false, length = 64, updatable = false)
    private String sha256;

    protected CaseDocument() {}

    CaseDocument(ApprovalCase c, DocumentKind kind, int year, int seq, String number, LocalDate issuedOn, Instant issuedAt,
            String issuedBy, String addressee, String body) {
        this.approvalCase = c;
        this.departmentId = c.getDepartment().getId();
        this.kind = kind;
        this.year = year;
        this.seq = seq;
        this.number = number;
        this.title = kind.label();
        this.issuedOn = issuedOn;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
        this.issuer = c.getDepartment().getName();
        this.addressee = addressee;
        this.body = body.length() > BODY_LENGTH ? body.substring(0, BODY_LENGTH) : body;
        this.sha256 = digest();
    }

    /** The SHA-256 of everything the applicant reads: title, number, date, issuer, addressee, text. */
    private String digest() {
        String content = String.join("\n", kind.name(), number, title, issuedOn.toString(), issuer, addressee, body);
        return org.yangguang.shared.Sha256.hex(content);
    }

    /** Whether the stored content still matches its digest (nobody changed it in the database). */
    public boolean isIntact() {
        return digest().equals(sha256);
    }

    /** The text, paragraph by paragraph, as issued. */
    public List<String> getParagraphs() {
        return List.of(body.split("\n"));
    }

    public ApprovalCase getApprovalCase() { return approvalCase; }
    public DocumentKind getKind() { return kind; }
    public int getYear() { return year; }
    public int getSeq() { return seq; }
    public String getNumber() { return number; }
    public String getTitle() { return title; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public Instant getIssuedAt() { return issuedAt; }
    public String getIssuedBy() { return issuedBy; }
    public String getIssuer() { return issuer; }
    public String getAddressee() { return addressee; }
    public String getBody() { return body; }
    public String getSha256() { return sha256; }
}
