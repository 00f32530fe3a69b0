package org.yangguang.web.disclosure;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.yangguang.disclosure.AnnualReports;
import org.yangguang.disclosure.ApplicantType;
import org.yangguang.disclosure.RequestTable;
import org.yangguang.organization.Department;
import org.yangguang.organization.DepartmentService;
import org.yangguang.web.support.Faces;

/**
 * The annual report page: table 三 for a year and an agency (or the county), the cross-check, and
 * the requests behind a cell when it is clicked.
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

    public void load() {
        table = Faces.attempt(() -> reports.requestTable(year, department));
        drilled = List.of();
        row = null;
        column = null;
    }

    public void drill(String rowKey, String columnKey) {
        if (table == null) return;
        row = rowKey;
        column = columnKey;
        drilled = table.numbers(rowKey, columnKey);
    }

    public org.primefaces.model.StreamedContent getExport() {
        return org.yangguang.web.support.Exports.xlsx("政府信息公开工作年度报告-" + year + ".xlsx", "表三",
                RequestTable.sheetHeaders(), () -> table == null ? List.of() : table.sheetRows());
    }

    public List<String> getColumns() { return RequestTable.columns(); }

    public String columnLabel(String key) {
        return RequestTable.TOTAL.equals(key) ? ApplicantType.TOTAL_HEADING : ApplicantType.valueOf(key).label();
    }

    public boolean failing(String columnKey) {
        return table != null && table.failingColumns().contains(columnKey);
    }

    public String rowLabel(String key) {
        return table.rows().stream().filter(r -> r.key().equals(key)).findFirst().map(RequestTable.Row::label).orElse(key);
    }

    public List<Department> getDepartments() { return departments.all(); }
    public RequestTable getTable() { return table; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public String getRow() { return row; }
    public String getColumn() { return column; }
    public List<String> getDrilled() { return drilled; }
}
