package org.yangguang.disclosure.publication;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yangguang.approval.CaseStatus;
import org.yangguang.catalog.MatterVersion;
import org.yangguang.disclosure.AnnualReport;
import org.yangguang.disclosure.AnnualReports;
import org.yangguang.disclosure.DisclosureCategory;
import org.yangguang.disclosure.DisclosureItem;
import org.yangguang.disclosure.ItemStatus;
import org.yangguang.disclosure.ProactiveItems;
import org.yangguang.interaction.attention.AttentionStatistics;
import org.yangguang.interaction.attention.PublicSummary;
import org.yangguang.organization.Department;
import org.yangguang.shared.Sha256;

/**
 * What the publication bundle holds, part by part (each part is one chunk of the
 * {@code disclosure-publication} job, so a restart continues with the next part): the service
 * guide, the disclosure items and their Atom feeds, the case-status snapshot for public tracking,
 * the month's statistics and the published annual reports, as static HTML and JSON.
 *
 * <p>The case snapshot carries no personal data and cannot be browsed: a case is found under the
 * SHA-256 of its receipt number and query code, exactly what the portal's tracking page asks for.
 */
@Stateless
@PermitAll
public class PublicationContent {
    /** Matters per part of the guide. */
    static final int GUIDE_PART = 500;
    /** Concluded cases stay in the tracking snapshot this long. */
    static final int TRACKING_DAYS = 90;
    private static final List<CaseStatus> OPEN = List.of(CaseStatus.RECEIVED, CaseStatus.AWAITING_CORRECTION,
            CaseStatus.IN_PROGRESS, CaseStatus.REPORTED, CaseStatus.DECIDED);

    /** One file of a part. */
    public record BundleFile(String path, byte[] content) {
        static BundleFile text(String path, String text) {
            return new BundleFile(path, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ProactiveItems items;

    @Inject
    AnnualReports reports;

    @Inject
    Clock clock;

    @Inject
    PublicSummary letters;

    /** The parts of tonight's bundle, in the order they are written. */
    public List<String> parts() {
        long matters = em.createQuery("select count(m) from Matter m where m.currentVersion is not null", Long.class).getSingleResult();
        List<String> parts = new ArrayList<>(List.of("index", "guide-index"));
        for (int i = 0; i * (long) GUIDE_PART < matters; i++) parts.add("guide-" + i);
        parts.addAll(List.of("disclosure", "feeds"));
        for (int d = 0; d < 10; d++) parts.add("tracking-" + d);
        parts.addAll(List.of("stats", "interaction", "reports"));
        return parts;
    }

    /** The files of one part. */
    public List<BundleFile> render(String part, String publicUrl) {
        if (part.startsWith("guide-") && !part.equals("guide-index")) return guide(Integer.parseInt(part.substring(6)));
        if (part.startsWith("tracking-")) return tracking(part.substring(9));
        return switch (part) {
            case "index" -> index();
            case "guide-index" -> guideIndex();
            case "disclosure" -> disclosure();
            case "feeds" -> feeds(publicUrl);
            case "stats" -> stats();
            case "interaction" -> interaction();
            case "reports" -> publishedReports();
            default -> throw new IllegalArgumentException("no such part: " + part);
        };
    }

    // ------------------------------------------------------------------ the parts

    private List<BundleFile> index() {
        String body = "<p class=\"hint\">本站内容由政务服务平台每日生成，数据截至 " + LocalDate.now(clock) + "。</p><ul>"
                + "<li><a href=\"guide/index.html\">办事指南</a></li><li><a href=\"disclosure/index.html\">政府信息公开</a></li>"
                + "<li><a href=\"stats/index.html\">办件统计</a></li><li><a href=\"interaction/index.html\">来信办理情况</a></li><li><a href=\"reports/index.html\">政府信息公开工作年度报告</a></li>"
                + "<li>办件查询：tracking/cases-<i>受理编号末位</i>.json，键为 SHA-256(受理编号 + \"|\" + 查询码)</li></ul>";
        return List.of(BundleFile.text("index.html", Html.page(AnnualReports.countyName() + " 政务公开", body)));
    }

    private List<MatterVersion> matters(int first, int max) {
        return em.createQuery("select m.currentVersion from Matter m where m.currentVersion is not null order by m.implementationCode",
                MatterVersion.class).setFirstResult(first).setMaxResults(max).getResultList();
    }

    private List<BundleFile> guideIndex() {
        JsonArrayBuilder all = Json.createArrayBuilder();
        StringBuilder rows = new StringBuilder("<table>").append(Html.head("事项名称", "实施机关", "类型", "承诺时限"));
        for (Object[] m : em.createQuery("select m.implementationCode, v.name, d.name, v.type, v.promisedLimit from Matter m"
                + " join m.currentVersion v join m.department d order by d.code, m.implementationCode", Object[].class).getResultList()) {
            String code = (String) m[0];
            all.add(Json.createObjectBuilder().add("code", code).add("name", (String) m[1]).add("department", (String) m[2])
                    .add("page", "matters/" + file(code) + ".html"));
            rows.append("<tr><td><a href=\"matters/").append(Html.esc(file(code))).append(".html\">").append(Html.esc(m[1]))
                    .append("</a></td><td>").append(Html.esc(m[2])).append("</td><td>").append(Html.esc(label(m[3])))
                    .append("</td><td>").append(Html.esc(m[4])).append("</td></tr>");
        }
        rows.append("</table>");
        return List.of(BundleFile.text("guide/index.html", Html.page("办事指南", rows.toString())),
                BundleFile.text("guide/matters.json", all.build().toString()));
    }

    private List<BundleFile> guide(int part) {
        List<BundleFile> files = new ArrayList<>();
        for (MatterVersion v : matters(part * GUIDE_PART, GUIDE_PART)) {
            String code = v.getMatter().getImplementationCode();
            JsonArrayBuilder materials = Json.createArrayBuilder();
            StringBuilder m = new StringBuilder("<table>").append(Html.head("材料名称", "必要", "原件", "复印件"));
            v.getMaterials().forEach(x -> {
                materials.add(Json.createObjectBuilder().add("name", x.getName()).add("required", x.isMandatory())
                        .add("originals", x.getOriginals()).add("copies", x.getCopies()));
                m.append(Html.row(x.getName(), x.isMandatory() ? "是" : "否", x.getOriginals(), x.getCopies()));
            });
            m.append("</table>");
            JsonArrayBuilder fees = Json.createArrayBuilder();
            StringBuilder f = new StringBuilder("<table>").append(Html.head("收费项目", "金额（元）", "依据"));
            v.getFees().forEach(x -> {
                fees.add(Json.createObjectBuilder().add("name", x.getName()).add("amount", x.getAmount()).add("legalBasis",
                        x.getLegalBasis() == null ? "" : x.getLegalBasis()));
                f.append(Html.row(x.getName(), x.getAmount(), x.getLegalBasis()));
            });
            f.append("</table>");
            JsonArrayBuilder steps = Json.createArrayBuilder();
            StringBuilder s = new StringBuilder("<ol>");
            v.getSteps().forEach(x -> {
                steps.add(Json.createObjectBuilder().add("name", x.getName()).add("limitDays", x.getLimitDays()));
                s.append("<li>").append(Html.esc(x.getName())).append("（").append(x.getLimitDays()).append("个工作日）</li>");
            });
            s.append("</ol>");
            String department = v.getMatter().getDepartment().getName();
            JsonObjectBuilder json = Json.createObjectBuilder().add("code", code).add("name", v.getName()).add("department", department)
                    .add("type", label(v.getType())).add("legalBasis", v.getLegalBasis()).add("conditions", v.getConditions())
                    .add("statutoryLimit", String.valueOf(v.getStatutoryLimit())).add("promisedLimit", String.valueOf(v.getPromisedLimit()))
                    .add("materials", materials).add("fees", fees).add("steps", steps)
                    .add("consultationPhone", nz(v.getConsultationPhone())).add("complaintPhone", nz(v.getComplaintPhone()));
            String body = "<table>" + Html.row("实施机关", department) + Html.row("事项类型", label(v.getType()))
                    + Html.row("法定时限", v.getStatutoryLimit()) + Html.row("承诺时限", v.getPromisedLimit())
                    + Html.row("咨询电话", v.getConsultationPhone()) + Html.row("投诉电话", v.getComplaintPhone()) + "</table>"
                    + "<h2>设定依据</h2><p>" + Html.esc(v.getLegalBasis()) + "</p><h2>受理条件</h2><p>" + Html.esc(v.getConditions())
                    + "</p><h2>申请材料</h2>" + m + "<h2>收费</h2>" + f + "<h2>办理流程</h2>" + s;
            files.add(BundleFile.text("guide/matters/" + file(code) + ".json", json.build().toString()));
            files.add(BundleFile.text("guide/matters/" + file(code) + ".html", Html.page(v.getName(), body)));
        }
        return files;
    }

    private List<BundleFile> disclosure() {
        List<DisclosureItem> published = em.createQuery("select i from DisclosureItem i join fetch i.category where i.status = :s"
                + " order by i.publishedOn desc, i.id desc", DisclosureItem.class).setParameter("s", ItemStatus.PUBLISHED).getResultList();
        Map<Long, String> agencies = new HashMap<>();
        JsonArrayBuilder all = Json.createArrayBuilder();
        List<BundleFile> files = new ArrayList<>();
        Map<String, StringBuilder> byCategory = new java.util.LinkedHashMap<>();
        for (DisclosureCategory c : items.categories(true)) byCategory.put(c.getName(), new StringBuilder());
        for (DisclosureItem i : published) {
            String agency = agencies.computeIfAbsent(i.getDepartmentId(), id -> em.find(Department.class, id).getName());
            all.add(Json.createObjectBuilder().add("id", i.getId()).add("title", i.getTitle()).add("documentNumber", nz(i.getDocumentNumber()))
                    .add("category", i.getCategory().getCode()).add("agency", agency).add("formedOn", i.getFormedOn().toString())
                    .add("publishedOn", i.getPublishedOn().toString()).add("validity", i.getValidity().name())
                    .add("page", "items/" + i.getId() + ".html"));
            String meta = "<table>" + Html.row("栏目", i.getCategory().getName()) + Html.row("发布机关", agency)
                    + Html.row("文号", i.getDocumentNumber()) + Html.row("成文日期", i.getFormedOn()) + Html.row("公开日期", i.getPublishedOn())
                    + Html.row("效力", i.getValidity().label()) + "</table>";
            // the body was sanitised when saved (ItemContent): it is the item's own markup
            files.add(BundleFile.text("disclosure/items/" + i.getId() + ".html", Html.page(i.getTitle(), meta + i.getBody())));
            byCategory.computeIfAbsent(i.getCategory().getName(), k -> new StringBuilder()).append("<li><a href=\"items/")
                    .append(i.getId()).append(".html\">").append(Html.esc(i.getTitle())).append("</a> <span class=\"hint\">")
                    .append(i.getPublishedOn()).append("</span></li>");
        }
        StringBuilder index = new StringBuilder();
        byCategory.forEach((name, list) -> index.append("<h2>").append(Html.esc(name)).append("</h2><ul>").append(list).append("</ul>"));
        files.add(BundleFile.text("disclosure/index.html", Html.page("政府信息公开", index.toString())));
        files.add(BundleFile.text("disclosure/items.json", all.build().toString()));
        return files;
    }

    private List<BundleFile> feeds(String publicUrl) {
        List<BundleFile> files = new ArrayList<>();
        files.add(BundleFile.text("feeds/all.atom", items.feed(null, publicUrl)));
        for (DisclosureCategory c : items.categories(true)) {
            files.add(BundleFile.text("feeds/" + c.getCode() + ".atom", items.feed(c.getCode(), publicUrl)));
        }
        return files;
    }

    private List<BundleFile> tracking(String lastDigit) {
        LocalDate since = LocalDate.now(clock).minusDays(TRACKING_DAYS);
        List<Object[]> rows = em.createQuery("select c.receiptNumber, c.queryCode, c.matterName, d.name, c.status, c.receipt.receivedOn,"
                + " c.check.acceptedOn, c.clock.promisedDeadline, c.conclusion.decision, c.conclusion.deliveredOn from ApprovalCase c"
                + " join c.department d where c.receiptNumber like :digit and (c.status in :open or c.receipt.receivedOn >= :since"
                + " or c.conclusion.deliveredOn >= :since)", Object[].class)
                .setParameter("digit", "%" + lastDigit).setParameter("open", OPEN).setParameter("since", since).getResultList();
        JsonObjectBuilder cases = Json.createObjectBuilder();
        for (Object[] r : rows) {
            JsonObjectBuilder c = Json.createObjectBuilder().add("matter", (String) r[2]).add("department", (String) r[3])
                    .add("status", label(r[4])).add("receivedOn", r[5].toString());
            if (r[6] != null) c.add("acceptedOn", r[6].toString());
            if (r[7] != null) c.add("promisedDeadline", r[7].toString());
            if (r[8] != null) c.add("decision", label(r[8]));
            if (r[9] != null) c.add("deliveredOn", r[9].toString());
            cases.add(Sha256.hex((r[0] + "|" + r[1]).getBytes(StandardCharsets.UTF_8)), c);
        }
        String json = Json.createObjectBuilder().add("generatedOn", LocalDate.now(clock).toString()).add("count", rows.size())
                .add("cases", cases).build().toString();
        return List.of(BundleFile.text("tracking/cases-" + lastDigit + ".json", json));
    }

    /** This month's and last month's cases by department: received, concluded, concluded in time. */
    private List<BundleFile> stats() {
        List<BundleFile> files = new ArrayList<>();
        StringBuilder page = new StringBuilder();
        YearMonth now = YearMonth.now(clock);
        for (YearMonth month : List.of(now, now.minusMonths(1))) {
            LocalDate first = month.atDay(1);
            LocalDate last = month.atEndOfMonth();
            Map<String, long[]> byDepartment = new java.util.TreeMap<>();
            for (Object[] r : em.createQuery("select d.name, count(c) from ApprovalCase c join c.department d"
                    + " where c.receipt.receivedOn between :a and :b group by d.name", Object[].class)
                    .setParameter("a", first).setParameter("b", last).getResultList()) {
                byDepartment.computeIfAbsent((String) r[0], k -> new long[3])[0] = (Long) r[1];
            }
            for (Object[] r : em.createQuery("select d.name, count(c), sum(case when c.clock.promisedDeadline is null"
                    + " or c.conclusion.decidedOn <= c.clock.promisedDeadline then 1 else 0 end) from ApprovalCase c join c.department d"
                    + " where c.conclusion.decidedOn between :a and :b group by d.name", Object[].class)
                    .setParameter("a", first).setParameter("b", last).getResultList()) {
                long[] v = byDepartment.computeIfAbsent((String) r[0], k -> new long[3]);
                v[1] = (Long) r[1];
                v[2] = r[2] == null ? 0 : ((Number) r[2]).longValue();
            }
            JsonArrayBuilder rows = Json.createArrayBuilder();
            page.append("<h2>").append(month).append("</h2><table>").append(Html.head("部门", "收件", "办结", "按时办结", "按时办结率"));
            byDepartment.forEach((name, v) -> {
                String rate = v[1] == 0 ? "" : new BigDecimal(v[2] * 100).divide(BigDecimal.valueOf(v[1]), 1, java.math.RoundingMode.HALF_UP) + "%";
                rows.add(Json.createObjectBuilder().add("department", name).add("received", v[0]).add("concluded", v[1])
                        .add("concludedInTime", v[2]).add("onTimeRate", rate));
                page.append(Html.row(name, v[0], v[1], v[2], rate));
            });
            page.append("</table>");
            files.add(BundleFile.text("stats/" + month + ".json", Json.createObjectBuilder().add("month", month.toString())
                    .add("departments", rows).build().toString()));
        }
        files.add(BundleFile.text("stats/index.html", Html.page("办件统计", page.toString())));
        return files;
    }

    /**
     * 政民互动 来信办理情况, as on the portal: per month of the last year and per handler, the letters
     * received, answered, late and the share answered on time (举报 left out).
     */
    private List<BundleFile> interaction() {
        JsonArrayBuilder months = Json.createArrayBuilder();
        StringBuilder page = new StringBuilder("<p class=\"hint\">县长信箱和部门信箱每月收到的来信、已答复的来信和按时答复率（举报不计入）。</p>");
        for (PublicSummary.Month m : letters.months()) {
            JsonArrayBuilder rows = Json.createArrayBuilder();
            page.append("<h2>").append(m.month()).append("</h2><table>").append(Html.head("承办", "来信", "已答复", "逾期", "按时答复率"));
            for (AttentionStatistics.HandlerRow h : m.rows()) {
                JsonObjectBuilder row = Json.createObjectBuilder().add("handler", h.handler().name()).add("name", h.name())
                        .add("letters", h.letters()).add("answered", h.answered()).add("onTime", h.onTime()).add("late", h.late());
                if (h.department() != null) row.add("department", h.department());
                if (h.onTimeShare() != null) row.add("onTimeShare", h.onTimeShare());
                rows.add(row);
                page.append(Html.row(h.name(), h.letters(), h.answered(), h.late(), h.onTimeShare() == null ? "" : h.onTimeShare() + "%"));
            }
            page.append("</table>");
            JsonObjectBuilder month = Json.createObjectBuilder().add("month", m.month()).add("letters", m.letters())
                    .add("answered", m.answered()).add("handlers", rows);
            if (m.onTimeShare() != null) month.add("onTimeShare", m.onTimeShare());
            months.add(month);
        }
        return List.of(BundleFile.text("interaction/summary.json", Json.createObjectBuilder().add("months", months).build().toString()),
                BundleFile.text("interaction/index.html", Html.page("来信办理情况", page.toString())));
    }

    private List<BundleFile> publishedReports() {
        List<BundleFile> files = new ArrayList<>();
        StringBuilder list = new StringBuilder("<ul>");
        for (AnnualReports.PublishedReport p : reports.published()) {
            AnnualReport r = reports.publishedReport(p.year(), p.scope());
            String name = p.year() + "-" + p.scope();
            files.add(BundleFile.text("reports/" + name + ".html", Html.page(p.agencyName() + p.year() + "年政府信息公开工作年度报告",
                    r.getPublishedHtml())));
            files.add(BundleFile.text("reports/" + name + ".json", r.getPublishedJson()));
            files.add(new BundleFile("reports/" + name + ".pdf", r.getPublishedPdf()));
            if (r.getPublishedXlsx() != null) files.add(new BundleFile("reports/" + name + ".xlsx", r.getPublishedXlsx()));
            list.append("<li><a href=\"").append(name).append(".html\">").append(Html.esc(p.agencyName())).append(' ').append(p.year())
                    .append("</a>（<a href=\"").append(name).append(".pdf\">PDF</a>）</li>");
        }
        files.add(BundleFile.text("reports/index.html", Html.page("政府信息公开工作年度报告", list.append("</ul>").toString())));
        return files;
    }

    // ------------------------------------------------------------------ helpers

    /** A code as a file name of the bundle (letters, digits, '-', '_'). */
    static String file(String code) {
        return code.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String label(Object value) {
        return value instanceof org.yangguang.shared.Labelled l ? l.label() : value == null ? "" : value.toString();
    }
}
