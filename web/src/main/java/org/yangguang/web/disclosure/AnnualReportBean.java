package org.yangguang.web.disclosure;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.yangguang.disclosure.AnnualReport;
import org.yangguang.disclosure.AnnualReports;
import org.yangguang.disclosure.ApplicantType;
import org.yangguang.disclosure.ProactiveTable;
import org.yangguang.disclosure.RemedyTable;
import org.yangguang.disclosure.RequestTable;
import org.yangguang.organization.Department;
import org.yangguang.organization.DepartmentService;
import org.yangguang.web.support.Faces;

/**
 * The annual report page: tables 二, 三 and 四 for a year and an agency (or the county), table 三's
 * cross-check, what is behind a cell when it is clicked, the office's texts of sections 一, 五 and
 * 六, publication, PDF and Excel.
 */
@Named
@ViewScoped
public class AnnualReportBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AnnualReports reports;

    @Inject
    DepartmentService departments;

    private int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    private String department;
    private RequestTable table;
    private String row;
    private String column;
    private List<String> drilled = List.of();
    private ProactiveTable table2;
    private RemedyTable table4;
    private AnnualReport report;
    private String overview;
    private String problems;
    private String otherMatters;
    /** What a drilled cell of table 二 holds: item ids (link to items) or receipt numbers (cases). */
    private boolean drilledItems;
    private boolean drilledCases;

    public void load() {
        table = Faces.attempt(() -> reports.requestTable(year, department));
        if (table != null) {
            table2 = reports.proactiveTable(year, department);
            table4 = reports.remedyTable(year, department);
            report = reports.report(year, department).orElse(null);
            overview = report == null ? null : report.getOverview();
            problems = report == null ? null : report.getProblems();
            otherMatters = report == null ? null : report.getOtherMatters();
        }
        drilled = List.of();
        row = null;
        column = null;
    }

    public void saveTexts() {
        AnnualReport saved = Faces.attempt(() -> reports.write(year, department, report == null ? 0 : report.getVersion(),
                overview, problems, otherMatters));
        if (saved != null) {
            Faces.info(Faces.text("report.saved"));
            load();
        }
    }

    public void publish() {
        if (report == null) {
            Faces.error(Faces.text("report.writeFirst"));
            return;
        }
        AnnualReport published = Faces.attempt(() -> reports.publish(year, department, report.getVersion()));
        if (published != null) {
            Faces.info(Faces.text("report.published", year));
            load();
        }
    }

    public void drillTableTwo(String line, String col) {
        row = "T2." + line;
        column = col;
        drilledCases = ProactiveTable.LICENSING.equals(line);
        drilledItems = !drilledCases;
        drilled = drilledCases ? reports.licensingDecisions(year, department, 200) : table2.ids(line, col);
    }

    public void drillTableFour(String columnKey) {
        row = "T4";
        column = columnKey;
        drilledItems = false;
        drilledCases = false;
        drilled = table4.numbers(columnKey);
    }

    public List<RemedyTable.Column> getRemedyColumns() { return RemedyTable.columns(); }

    public org.primefaces.model.StreamedContent getPdf() {
        return org.primefaces.model.DefaultStreamedContent.builder().name("政府信息公开工作年度报告-" + year + ".pdf")
                .contentType("application/pdf").stream(() -> new java.io.ByteArrayInputStream(reports.pdf(year, department))).build();
    }

    public void drill(String rowKey, String columnKey) {
        if (table == null) return;
        drilledItems = false;
        drilledCases = false;
        row = rowKey;
        column = columnKey;
        drilled = table.numbers(rowKey, columnKey);
    }

    public org.primefaces.model.StreamedContent getExport() {
        return org.primefaces.model.DefaultStreamedContent.builder().name("政府信息公开工作年度报告-" + year + ".xlsx")
                .contentType(org.yangguang.shared.Spreadsheet.CONTENT_TYPE)
                .stream(() -> new java.io.ByteArrayInputStream(reports.workbook(year, department))).build();
    }

    public List<String> getColumns() { return RequestTable.columns(); }

    public String columnLabel(String key) {
        switch (key) {
            // table 二's columns, in the form's words
            case "MADE": return "本年制发件数";
            case "REPEALED": return "本年废止件数";
            case "IN_FORCE": return "现行有效件数";
            case "DECISIONS": return "本年处理决定数量";
            default: break;
        }
        if (key.contains(".")) return RemedyTable.columns().stream().filter(c -> c.key().equals(key)).findFirst()
                .map(c -> c.kind().label() + "：" + c.label()).orElse(key);
        if (!RequestTable.TOTAL.equals(key) && java.util.Arrays.stream(ApplicantType.values()).noneMatch(a -> a.name().equals(key))) {
            return key;
        }
        return RequestTable.TOTAL.equals(key) ? ApplicantType.TOTAL_HEADING : ApplicantType.valueOf(key).label();
    }

    public boolean failing(String columnKey) {
        return table != null && table.failingColumns().contains(columnKey);
    }

    public String rowLabel(String key) {
        if (key.startsWith("T2.")) {
            String line = switch (key.substring(3)) {
                case "RULE" -> "规章";
                case "NORMATIVE" -> "行政规范性文件";
                case "LICENSING" -> "行政许可";
                case "PENALTY" -> "行政处罚";
                case "ENFORCEMENT" -> "行政强制";
                default -> key.substring(3);
            };
            return "二、主动公开政府信息情况 · " + line;
        }
        if ("T4".equals(key)) return "四、政府信息公开行政复议、行政诉讼情况";
        return table.rows().stream().filter(r -> r.key().equals(key)).findFirst().map(r -> String.join(" · ", r.path())).orElse(key);
    }

    public List<Department> getDepartments() { return departments.all(); }
    public ProactiveTable getTable2() { return table2; }
    public RemedyTable getTable4() { return table4; }
    public AnnualReport getReport() { return report; }
    public boolean isPublished() { return report != null && report.isPublished(); }
    public boolean isDrilledItems() { return drilledItems; }
    public boolean isDrilledCases() { return drilledCases; }
    public String getOverview() { return overview; }
    public void setOverview(String v) { this.overview = v; }
    public String getProblems() { return problems; }
    public void setProblems(String v) { this.problems = v; }
    public String getOtherMatters() { return otherMatters; }
    public void setOtherMatters(String v) { this.otherMatters = v; }
    public RequestTable getTable() { return table; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public String getRow() { return row; }
    public String getColumn() { return column; }
    public List<String> getDrilled() { return drilled; }
}
