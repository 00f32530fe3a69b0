package org.yangguang.disclosure;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.yangguang.audit.AuditLog;
import org.yangguang.organization.Department;
import org.yangguang.security.CurrentUser;
import org.yangguang.security.Role;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.ForbiddenException;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.SystemText;

/**
 * The annual report (政府信息公开工作年度报告) for a year and an agency, or (without one) the whole
 * county: tables 二, 三 and 四 computed from the data, the office's texts of sections 一, 五 and 六,
 * publication (refused while table 三's cross-check fails), and the published report for anyone.
 * Drafts for the previous year are made automatically in January.
 */
@Stateless
@RolesAllowed({Role.DISCLOSURE_EDITOR_NAME, Role.OFFICE_ADMIN_NAME, Role.SUPERVISOR_NAME})
public class AnnualReports {
    public static final int FIRST_YEAR = 2008; // the first year of the 2007 regulations
    static final String AUDIT_TYPE = "AnnualReport";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Table 三 of a year; {@code departmentCode} null for every agency of the county. */
    public RequestTable requestTable(int year, String departmentCode) {
        return requestTable(year, scope(checkYear(year), departmentCode));
    }

    private RequestTable requestTable(int year, Department scope) {
        TypedQuery<RequestFacts> q = em.createQuery("select new org.yangguang.disclosure.RequestFacts(r.number,"
                + " r.applicantType, r.receivedOn, r.repliedOn, r.outcome) from DisclosureRequest r"
                + " where r.receivedOn <= :end and (r.repliedOn is null or r.repliedOn >= :start)"
                + (scope == null ? "" : " and r.departmentId = :d") + " order by r.receivedOn, r.number", RequestFacts.class)
                .setParameter("start", LocalDate.of(year, 1, 1)).setParameter("end", LocalDate.of(year, 12, 31));
        if (scope != null) q.setParameter("d", scope.getId());
        return RequestTable.of(year, q.getResultList());
    }

    /** Table 二 of a year. */
    public ProactiveTable proactiveTable(int year, String departmentCode) {
        return proactiveTable(year, scope(checkYear(year), departmentCode));
    }

    private ProactiveTable proactiveTable(int year, Department scope) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        // the status is compared in Java: in a select clause, MariaDB refuses to compare the column
        // with a parameter of the connection's collation
        TypedQuery<Object[]> q = em.createQuery("select i.id, c.tableTwo, i.formedOn, i.publishedOn, i.validity,"
                + " i.validityChangedOn, i.status from DisclosureItem i join i.category c where c.tableTwo is not null"
                + " and i.publishedOn <= :end" + (scope == null ? "" : " and i.departmentId = :d"), Object[].class)
                .setParameter("end", end);
        if (scope != null) q.setParameter("d", scope.getId());
        List<ProactiveTable.ItemFact> items = q.getResultList().stream().map(r -> new ProactiveTable.ItemFact((Long) r[0],
                (DisclosureCategory.TableTwoLine) r[1], (LocalDate) r[2], (LocalDate) r[3], (Validity) r[4], (LocalDate) r[5],
                r[6] == ItemStatus.WITHDRAWN)).toList();
        Object[] cases = (Object[]) caseQuery("SELECT COUNT(*), COALESCE(SUM(fee_total), 0) FROM approval_case", start, end, scope)
                .getSingleResult();
        return ProactiveTable.of(year, items, ((Number) cases[0]).longValue(),
                cases[1] instanceof BigDecimal b ? b : new BigDecimal(cases[1].toString()));
    }

    /** The licensing decisions of a year behind table 二's line (the first {@code max} receipt numbers). */
    @SuppressWarnings("unchecked")
    public List<String> licensingDecisions(int year, String departmentCode, int max) {
        return caseQuery("SELECT receipt_number FROM approval_case", LocalDate.of(checkYear(year), 1, 1),
                LocalDate.of(year, 12, 31), scope(year, departmentCode)).setMaxResults(max).getResultList();
    }

    private jakarta.persistence.Query caseQuery(String select, LocalDate start, LocalDate end, Department scope) {
        jakarta.persistence.Query q = em.createNativeQuery(select + " WHERE decided_on BETWEEN ?1 AND ?2 AND decision IS NOT NULL"
                + (scope == null ? "" : " AND department_id = ?3")).setParameter(1, start).setParameter(2, end);
        if (scope != null) q.setParameter(3, scope.getId());
        return q;
    }

    /** Table 四 of a year. */
    public RemedyTable remedyTable(int year, String departmentCode) {
        return remedyTable(year, scope(checkYear(year), departmentCode));
    }

    private RemedyTable remedyTable(int year, Department scope) {
        LocalDate end = LocalDate.of(year, 12, 31);
        TypedQuery<Object[]> q = em.createQuery("select r.number, m from DisclosureRemedy m, DisclosureRequest r"
                + " where r.id = m.requestId and m.filedOn between :start and :end"
                + (scope == null ? "" : " and r.departmentId = :d") + " order by m.filedOn, m.id", Object[].class)
                .setParameter("start", LocalDate.of(year, 1, 1)).setParameter("end", end);
        if (scope != null) q.setParameter("d", scope.getId());
        return RemedyTable.of(year, q.getResultList().stream().map(row -> {
            DisclosureRemedy m = (DisclosureRemedy) row[1];
            return new RemedyTable.Fact((String) row[0], m.getKind(), m.getFiledOn(), m.outcomeAt(end));
        }).toList());
    }

    /** The processing fees (信息处理费) paid in the year, for section 六. */
    private long processingFees(int year, Department scope) {
        TypedQuery<Long> q = em.createQuery("select coalesce(sum(r.feeAmount), 0) from DisclosureRequest r"
                + " where r.feePaidOn between :start and :end" + (scope == null ? "" : " and r.departmentId = :d"), Long.class)
                .setParameter("start", LocalDate.of(year, 1, 1)).setParameter("end", LocalDate.of(year, 12, 31));
        if (scope != null) q.setParameter("d", scope.getId());
        return q.getSingleResult();
    }

    // ------------------------------------------------------------------ the report itself

    /** The stored report of a year and scope, if drafted. */
    public Optional<AnnualReport> report(int year, String departmentCode) {
        Department scope = scope(checkYear(year), departmentCode);
        return find(year, scope);
    }

    /** The document as it stands: the published one frozen, a draft computed now. */
    public ReportDocument document(int year, String departmentCode) {
        Department scope = scope(checkYear(year), departmentCode);
        AnnualReport r = find(year, scope).orElse(null);
        return build(year, scope, r);
    }

    /** The draft's texts; creates the draft if there is none. */
    @RolesAllowed({Role.DISCLOSURE_EDITOR_NAME, Role.OFFICE_ADMIN_NAME})
    public AnnualReport write(int year, String departmentCode, int version, String overview, String problems,
            String otherMatters) {
        Department scope = scope(checkYear(year), departmentCode);
        // version 0 is the report not yet written: a report someone else created since is a conflict too
        AnnualReport r = find(year, scope).orElse(null);
        if (r == null && version == 0) r = create(year, scope, currentUser.username());
        if (r == null || r.getVersion() != version) throw new ConflictException(SystemText.of("report.changedByOthers"));
        r.write(overview, problems, otherMatters, currentUser.username(), clock.instant());
        audit.record("REPORT_WRITE", AUDIT_TYPE, key(r), null, "编辑第一、五、六部分");
        return r;
    }

    /**
     * Publishes the report: refused while table 三's cross-check fails (the page shows where);
     * the document is frozen as HTML, JSON and PDF.
     */
    @RolesAllowed({Role.DISCLOSURE_EDITOR_NAME, Role.OFFICE_ADMIN_NAME})
    public AnnualReport publish(int year, String departmentCode, int version) {
        Department scope = scope(checkYear(year), departmentCode);
        AnnualReport r = find(year, scope).orElseThrow(() -> new NotFoundException(SystemText.of("report.textsFirst")));
        if (r.getVersion() != version) throw new ConflictException(SystemText.of("report.changedByOthers"));
        if (r.isPublished()) throw new ConflictException(SystemText.of("report.published"));
        RequestTable t3 = requestTable(year, scope);
        if (!t3.crossCheck().ok()) {
            throw new ConflictException(SystemText.of("report.tableThreeUnbalanced", t3.crossCheck().newAndCarriedOver(),
                    t3.crossCheck().outcomesAndCarriedForward(), SystemText.literals(t3.failingColumns())));
        }
        Instant now = clock.instant();
        ReportDocument doc = build(year, scope, r, t3, "发布日期：" + LocalDate.now(clock));
        r.publish(ReportHtml.fragment(doc), ReportJson.of(doc, t3), ReportPdf.render(doc), ReportWorkbook.of(doc),
                currentUser.username(), now);
        audit.record("REPORT_PUBLISH", AUDIT_TYPE, key(r), AnnualReport.Status.DRAFT.label(), AnnualReport.Status.PUBLISHED.label());
        return r;
    }

    /** The PDF: the frozen one once published, else rendered from the data now (marked draft). */
    public byte[] pdf(int year, String departmentCode) {
        Department scope = scope(checkYear(year), departmentCode);
        AnnualReport r = find(year, scope).orElse(null);
        if (r != null && r.isPublished()) return r.getPublishedPdf();
        return ReportPdf.render(build(year, scope, r));
    }

    /** The workbook: the frozen one once published, else made from the data now. */
    public byte[] workbook(int year, String departmentCode) {
        Department scope = scope(checkYear(year), departmentCode);
        AnnualReport r = find(year, scope).orElse(null);
        if (r != null && r.isPublished()) return r.getPublishedXlsx();
        return ReportWorkbook.of(build(year, scope, r));
    }

    // ------------------------------------------------------------------ for the public

    /** The published reports, newest first. */
    @PermitAll
    public List<PublishedReport> published() {
        return em.createQuery("select r from AnnualReport r where r.status = :s order by r.year desc, r.scope", AnnualReport.class)
                .setParameter("s", AnnualReport.Status.PUBLISHED).getResultList().stream()
                .map(r -> new PublishedReport(r.getYear(), r.getScope(), agencyName(r.getDepartmentId()), r.getPublishedAt())).toList();
    }

    /** A published report; a draft is not found for the public. */
    @PermitAll
    public AnnualReport publishedReport(int year, String scopeCode) {
        String scope = scopeCode == null || scopeCode.isBlank() ? AnnualReport.COUNTY : scopeCode.trim();
        return em.createNamedQuery("AnnualReport.find", AnnualReport.class).setParameter("year", year).setParameter("scope", scope)
                .getResultStream().filter(AnnualReport::isPublished).findFirst()
                .orElseThrow(() -> new NotFoundException(SystemText.of("report.notPublished", year)));
    }

    public record PublishedReport(int year, String scope, String agencyName, Instant publishedAt) implements java.io.Serializable {}

    /**
     * In January, the drafts of the previous year: the county's and every agency's that has
     * disclosure work to report. Idempotent; returns how many were created.
     */
    @PermitAll
    public int draftPreviousYear(LocalDate today) {
        int year = today.getYear() - 1;
        int created = 0;
        if (find(year, null).isEmpty()) {
            create(year, null, AuditLog.SYSTEM);
            created++;
        }
        for (Department d : em.createQuery("select d from Department d where exists (select r from DisclosureRequest r"
                + " where r.departmentId = d.id) or exists (select i from DisclosureItem i where i.departmentId = d.id)"
                + " order by d.code", Department.class).getResultList()) {
            if (find(year, d).isEmpty()) {
                create(year, d, AuditLog.SYSTEM);
                created++;
            }
        }
        return created;
    }

    private AnnualReport create(int year, Department scope, String by) {
        AnnualReport r = new AnnualReport(year, scope == null ? AnnualReport.COUNTY : scope.getCode(),
                scope == null ? null : scope.getId(), by, clock.instant());
        em.persist(r);
        audit.recordAs(by, "REPORT_DRAFT", AUDIT_TYPE, key(r), null, "生成年度报告草稿");
        return r;
    }

    private ReportDocument build(int year, Department scope, AnnualReport r) {
        String status = r != null && r.isPublished() ? "发布日期：" + r.getPublishedAt().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate()
                : "草稿（" + LocalDate.now(clock) + " 按当日数据生成，未发布）";
        return build(year, scope, r, requestTable(year, scope), status);
    }

    private ReportDocument build(int year, Department scope, AnnualReport r, RequestTable t3, String statusLine) {
        return AnnualReportDocument.build(new AnnualReportDocument.Parts(year, agencyName(scope == null ? null : scope.getId()),
                r == null ? null : r.getOverview(), r == null ? null : r.getProblems(), r == null ? null : r.getOtherMatters(),
                proactiveTable(year, scope), t3, remedyTable(year, scope), processingFees(year, scope), statusLine));
    }

    private String agencyName(Long departmentId) {
        return departmentId == null ? COUNTY_NAME : em.find(Department.class, departmentId).getName();
    }

    /** The name the county's report is issued under (system property yangguang.county.government). */
    static final String COUNTY_NAME = System.getProperty("yangguang.county.government", "阳光县人民政府");

    public static String countyName() {
        return COUNTY_NAME;
    }

    private Optional<AnnualReport> find(int year, Department scope) {
        return em.createNamedQuery("AnnualReport.find", AnnualReport.class).setParameter("year", year)
                .setParameter("scope", scope == null ? AnnualReport.COUNTY : scope.getCode()).getResultStream().findFirst();
    }

    private static String key(AnnualReport r) {
        return r.getYear() + "/" + r.getScope();
    }

    private static int checkYear(int year) {
        if (year < FIRST_YEAR || year > 2100) throw new InvalidInputException("year", SystemText.of("report.yearRange", FIRST_YEAR));
        return year;
    }

    private Department scope(int year, String departmentCode) {
        Department own = currentUser.isCallerIn(Role.DISCLOSURE_EDITOR) ? currentUser.department() : null;
        if (departmentCode == null || departmentCode.isBlank()) return own;
        Department asked = em.createNamedQuery("Department.findByCode", Department.class)
                .setParameter("code", departmentCode.trim()).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("department", SystemText.of("disclosure.noSuchAgency")));
        if (own != null && !own.equals(asked)) throw new ForbiddenException(SystemText.of("report.ownAgencyOnly", own.getName()));
        return asked;
    }
}
