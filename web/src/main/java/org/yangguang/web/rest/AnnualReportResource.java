package org.yangguang.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yangguang.disclosure.AnnualReport;
import org.yangguang.disclosure.AnnualReports;
import org.yangguang.disclosure.ApplicantType;
import org.yangguang.disclosure.DisclosureCategory.TableTwoLine;
import org.yangguang.disclosure.ProactiveTable;
import org.yangguang.disclosure.RemedyTable;
import org.yangguang.disclosure.RequestTable;
import org.yangguang.security.Role;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.Refusal;
import org.yangguang.shared.Spreadsheet;
import org.yangguang.shared.SystemText;
import org.yangguang.web.support.Downloads;

/**
 * The annual report of government information disclosure. Staff (editors, the office, supervision)
 * read it computed from the data: tables 二, 三 and 四, the cross-check of table 三
 * (一 + 二 = 三（七）总计 + 四), the items, cases and requests behind every cell, the office's texts;
 * editors and the office write the texts and publish. Anyone reads a published report, frozen as
 * it was published: JSON, PDF and Excel.
 */
@Path("/v1/disclosure/annual-reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "政府信息公开年度报告", description = "表二、表三、表四，交叉核对，单元格下钻，编辑与发布；发布后公众可读")
@SecurityRequirement(name = OpenApiDocument.BASIC)
public class AnnualReportResource {

    @Inject
    AnnualReports reports;

    @Context
    SecurityContext security;

    public record Column(String key, String label) {}

    /** A row of table 三: its key, heading, level, the headings it sits under ({@code path}), and its counts by column. */
    public record Row(String key, String label, int level, List<String> path, List<Integer> cells) {}

    public record CrossCheck(boolean ok, long newAndCarriedOver, long outcomesAndCarriedForward, List<String> failingColumns) {}

    public record Table(List<Column> columns, List<Row> rows) {}

    public record TableTwoRow(String line, String label, Long made, Long repealed, Long inForce, Long decisions) {}

    public record TableTwo(List<TableTwoRow> rows, String feesTenThousandYuan) {}

    public record TableFour(List<Column> columns, List<Integer> cells) {}

    public record Texts(String overview, String problems, String otherMatters) {}

    public record Report(int year, String department, String status, Integer version, Texts texts, TableTwo table2,
            Table table3, TableFour table4, CrossCheck crossCheck) {}

    public record Cell(int year, String row, String column, List<String> requests) {}

    public record Drill(int year, String table, String cell, long count, List<String> ids) {}

    public record TextsChange(Integer version, String overview, String problems, String otherMatters) {}

    public record Publish(Integer version) {}

    public record Published(int year, String scope, String agency, String publishedAt) {}

    @GET
    @Operation(summary = "已发布的年度报告（公众可读）")
    public List<Published> published() {
        return reports.published().stream().map(p -> new Published(p.year(), p.scope(), p.agencyName(),
                p.publishedAt().toString())).toList();
    }

    @GET
    @Path("/{year}")
    @Operation(summary = "某年度报告（department：某机关；缺省为全县）。工作人员：按数据计算的表二、表三、表四、交叉核对和文字部分；"
            + "公众：已发布的报告（发布时冻结的JSON）")
    public Response report(@Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("year") String year, @QueryParam("department") String department) {
        int y = year(year);
        if (!staff()) {
            return Response.ok(reports.publishedReport(y, department).getPublishedJson(), MediaType.APPLICATION_JSON).build();
        }
        RequestTable t = reports.requestTable(y, department);
        AnnualReport stored = reports.report(y, department).orElse(null);
        List<Column> columns = RequestTable.columns().stream()
                .map(c -> new Column(c, c.equals(RequestTable.TOTAL) ? ApplicantType.TOTAL_HEADING : ApplicantType.valueOf(c).label()))
                .toList();
        List<Row> rows = t.rows().stream().map(r -> new Row(r.key(), r.label(), r.level(), r.path(), t.counts(r.key()))).toList();
        RequestTable.CrossCheck c = t.crossCheck();
        RemedyTable t4 = reports.remedyTable(y, department);
        return Response.ok(new Report(t.year(), department, stored == null ? "NONE" : stored.getStatus().name(),
                stored == null ? 0 : stored.getVersion(),
                stored == null ? null : new Texts(stored.getOverview(), stored.getProblems(), stored.getOtherMatters()),
                tableTwo(reports.proactiveTable(y, department)), new Table(columns, rows),
                new TableFour(RemedyTable.columns().stream().map(k -> new Column(k.key(), k.kind().label() + "：" + k.label())).toList(),
                        t4.counts()),
                new CrossCheck(c.ok(), c.newAndCarriedOver(), c.outcomesAndCarriedForward(), t.failingColumns()))).build();
    }

    private static TableTwo tableTwo(ProactiveTable t) {
        String r = TableTwoLine.RULE.name();
        String n = TableTwoLine.NORMATIVE.name();
        return new TableTwo(List.of(
                new TableTwoRow(r, "规章", t.count(r, ProactiveTable.MADE), t.count(r, ProactiveTable.REPEALED), t.count(r, ProactiveTable.IN_FORCE), null),
                new TableTwoRow(n, "行政规范性文件", t.count(n, ProactiveTable.MADE), t.count(n, ProactiveTable.REPEALED),
                        t.count(n, ProactiveTable.IN_FORCE), null),
                new TableTwoRow(ProactiveTable.LICENSING, "行政许可", null, null, null, t.count(ProactiveTable.LICENSING, ProactiveTable.DECISIONS)),
                new TableTwoRow(TableTwoLine.PENALTY.name(), "行政处罚", null, null, null, t.count(TableTwoLine.PENALTY.name(), ProactiveTable.DECISIONS)),
                new TableTwoRow(TableTwoLine.ENFORCEMENT.name(), "行政强制", null, null, null,
                        t.count(TableTwoLine.ENFORCEMENT.name(), ProactiveTable.DECISIONS))),
                t.feesTenThousandYuan().toPlainString());
    }

    @GET
    @Path("/{year: [0-9]+}.pdf")
    @Produces("application/pdf")
    @Operation(summary = "年度报告PDF（内嵌中文字体）：已发布的为发布时的文本，草稿按当前数据生成（仅工作人员）")
    public Response pdf(@Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("year") String year, @QueryParam("department") String department) {
        int y = year(year);
        byte[] pdf = staff() ? reports.pdf(y, department) : reports.publishedReport(y, department).getPublishedPdf();
        return Response.ok(pdf, "application/pdf").header("Content-Disposition",
                Downloads.attachment("政府信息公开工作年度报告-" + y + ".pdf").replace("attachment", "inline")).build();
    }

    @GET
    @Path("/{year: [0-9]+}.xlsx")
    @Produces(Spreadsheet.CONTENT_TYPE)
    @Operation(summary = "年度报告的Excel工作簿（表二、表三、表四）")
    public Response workbook(@Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("year") String year, @QueryParam("department") String department) {
        int y = year(year);
        byte[] xlsx = staff() ? reports.workbook(y, department) : reports.publishedReport(y, department).getPublishedXlsx();
        return Response.ok(xlsx, Spreadsheet.CONTENT_TYPE)
                .header("Content-Disposition", Downloads.attachment("政府信息公开工作年度报告-" + y + ".xlsx")).build();
    }

    @GET
    @Path("/{year: [0-9]+}/cells/{row}/{column}")
    @Operation(summary = "表三单元格下钻：该格计入的申请编号")
    public Cell cell(@Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("year") String year, @PathParam("row") String row, @PathParam("column") String column,
            @QueryParam("department") String department) {
        loggedIn();
        RequestTable t = reports.requestTable(year(year), department);
        try {
            return new Cell(t.year(), row, column, t.numbers(row, column));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(Refusal.words(e));
        }
    }

    @GET
    @Path("/{year: [0-9]+}/table2/{line}/{column}")
    @Operation(summary = "表二下钻：公开信息的id（LICENSING/DECISIONS 为办件受理编号，最多200个）")
    public Drill tableTwoCell(@Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("year") String year, @PathParam("line") String line, @PathParam("column") String column,
            @QueryParam("department") String department) {
        loggedIn();
        int y = year(year);
        ProactiveTable t = reports.proactiveTable(y, department);
        try {
            List<String> ids = ProactiveTable.LICENSING.equals(line) && ProactiveTable.DECISIONS.equals(column)
                    ? reports.licensingDecisions(y, department, 200) : t.ids(line, column);
            return new Drill(y, "二", line + "." + column, t.count(line, column), ids);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(Refusal.words(e));
        }
    }

    @GET
    @Path("/{year: [0-9]+}/table4/{column}")
    @Operation(summary = "表四下钻：该格计入的申请编号（列如 RECONSIDERATION.UPHELD、LITIGATION.TOTAL）")
    public Drill tableFourCell(@Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("year") String year, @PathParam("column") String column,
            @QueryParam("department") String department) {
        loggedIn();
        int y = year(year);
        try {
            List<String> ids = reports.remedyTable(y, department).numbers(column);
            return new Drill(y, "四", column, ids.size(), ids);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(Refusal.words(e));
        }
    }

    @PUT
    @Path("/{year: [0-9]+}/texts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "填写第一、五、六部分（草稿；没有草稿时以 version 0 创建），须带读取时的 version")
    public Report texts(@Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("year") String year, @QueryParam("department") String department, TextsChange change) {
        if (change == null) throw new InvalidInputException(SystemText.of("api.bodyMissing"));
        reports.write(year(year), department, SupervisionResource.version(change.version()), change.overview(), change.problems(),
                change.otherMatters());
        return (Report) report(year, department).getEntity();
    }

    @POST
    @Path("/{year: [0-9]+}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "发布年度报告：表三交叉核对不成立时返回 409；发布后冻结并对公众公开")
    public Report publish(@Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("year") String year, @QueryParam("department") String department, Publish p) {
        if (p == null || p.version() == null) throw new InvalidInputException("version", SystemText.of("api.versionMissing"));
        reports.publish(year(year), department, p.version());
        return (Report) report(year, department).getEntity();
    }

    /** The drill-downs are for staff: the public path lets anonymous calls through, so they are told to log in. */
    private void loggedIn() {
        if (security.getUserPrincipal() == null) throw new jakarta.ws.rs.NotAuthorizedException("Basic realm=\"yangguang\"");
    }

    private boolean staff() {
        return security.isUserInRole(Role.DISCLOSURE_EDITOR_NAME) || security.isUserInRole(Role.OFFICE_ADMIN_NAME)
                || security.isUserInRole(Role.SUPERVISOR_NAME);
    }

    private static int year(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("year", SystemText.of("api.yearMissing"));
        }
    }
}
