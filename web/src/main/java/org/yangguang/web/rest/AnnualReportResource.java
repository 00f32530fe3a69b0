package org.yangguang.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yangguang.disclosure.AnnualReports;
import org.yangguang.disclosure.ApplicantType;
import org.yangguang.disclosure.RequestTable;
import org.yangguang.shared.InvalidInputException;

/**
 * The annual report of government information disclosure, computed from the data: table 三 with
 * its cross-check (一 + 二 = 三总计 + 四), and the requests behind every cell.
 */
@Path("/v1/disclosure/annual-reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "政府信息公开年度报告", description = "表三：收到和处理政府信息公开申请情况；交叉核对；单元格下钻")
@SecurityRequirement(name = "basic")
public class AnnualReportResource {

    @Inject
    AnnualReports reports;

    public record Column(String key, String label) {}

    public record Row(String key, String label, int level, List<Integer> cells) {}

    public record CrossCheck(boolean ok, long newAndCarriedOver, long outcomesAndCarriedForward, List<String> failingColumns) {}

    public record Table(List<Column> columns, List<Row> rows) {}

    public record Report(int year, String department, Table table3, CrossCheck crossCheck) {}

    public record Cell(int year, String row, String column, List<String> requests) {}

    @GET
    @Path("/{year}")
    @Operation(summary = "某年度报告（department：某机关；缺省为全县）：表三及交叉核对")
    public Report report(@PathParam("year") String year, @QueryParam("department") String department) {
        RequestTable t = reports.requestTable(year(year), department);
        List<Column> columns = RequestTable.columns().stream()
                .map(c -> new Column(c, c.equals(RequestTable.TOTAL) ? ApplicantType.TOTAL_HEADING : ApplicantType.valueOf(c).label()))
                .toList();
        List<Row> rows = t.rows().stream().map(r -> new Row(r.key(), r.label(), r.level(), t.counts(r.key()))).toList();
        RequestTable.CrossCheck c = t.crossCheck();
        return new Report(t.year(), department, new Table(columns, rows),
                new CrossCheck(c.ok(), c.newAndCarriedOver(), c.outcomesAndCarriedForward(), t.failingColumns()));
    }

    @GET
    @Path("/{year: [0-9]+}.xlsx")
    @Produces(org.yangguang.shared.Spreadsheet.CONTENT_TYPE)
    @Operation(summary = "年度报告的Excel工作簿（表三）")
    public jakarta.ws.rs.core.Response workbook(@PathParam("year") String year, @QueryParam("department") String department) {
        RequestTable t = reports.requestTable(year(year), department);
        byte[] xlsx = org.yangguang.shared.Spreadsheet.table("表三", RequestTable.sheetHeaders(), t.sheetRows());
        String name = java.net.URLEncoder.encode("政府信息公开工作年度报告-" + t.year() + ".xlsx", java.nio.charset.StandardCharsets.UTF_8);
        return jakarta.ws.rs.core.Response.ok(xlsx).header("Content-Disposition", "attachment; filename*=UTF-8''" + name).build();
    }

    @GET
    @Path("/{year}/cells/{row}/{column}")
    @Operation(summary = "单元格下钻：该格计入的申请编号")
    public Cell cell(@PathParam("year") String year, @PathParam("row") String row, @PathParam("column") String column,
            @QueryParam("department") String department) {
        RequestTable t = reports.requestTable(year(year), department);
        try {
            return new Cell(t.year(), row, column, t.numbers(row, column));
        } catch (IllegalArgumentException e) {
            throw new org.yangguang.shared.NotFoundException(e.getMessage());
        }
    }

    private static int year(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("year: 请填写年份，例如 2026");
        }
    }
}
