package org.yangguang.web.supervision;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.StreamedContent;
import org.yangguang.organization.Department;
import org.yangguang.organization.DepartmentService;
import org.yangguang.supervision.FindingQuery;
import org.yangguang.supervision.FindingRow;
import org.yangguang.supervision.FindingService;
import org.yangguang.supervision.FindingStatus;
import org.yangguang.supervision.Period;
import org.yangguang.supervision.RuleBook;
import org.yangguang.supervision.SupervisionLevel;
import org.yangguang.supervision.SupervisionRule;
import org.yangguang.web.support.Exports;
import org.yangguang.web.support.Faces;
import org.yangguang.web.support.PagedModel;

/**
 * The findings list: the supervision office's queue (every department) and a department's own
 * cards, with filters that a drill-down can preset through the URL, and an Excel export.
 */
@Named
@ViewScoped
public class FindingsBean implements Serializable {
    private static final long serialVersionUID = 1L;
    /** More rows than this are not exported in one file: narrow the filters. */
    static final int EXPORT_MAX = 20_000;

    @Inject
    FindingService findings;

    @Inject
    RuleBook rules;

    @Inject
    DepartmentService departments;

    private SupervisionLevel level;
    private FindingStatus status;
    private String department;
    private String rule;
    private String receiptNumber;
    private String period;
    private boolean pendingOnly;

    private final PagedModel<FindingRow> model = new PagedModel<>(p -> findings.items(query(), p),
            () -> findings.count(query()), r -> String.valueOf(r.id()));

    @PostConstruct
    void init() {
        level = parse(SupervisionLevel.class, Faces.param("level"));
        status = parse(FindingStatus.class, Faces.param("status"));
        department = Faces.param("department");
        rule = Faces.param("rule");
        receiptNumber = Faces.param("rn");
        period = Faces.param("period");
        try {
            if (period != null && !period.isBlank()) Period.parse(period);
        } catch (RuntimeException e) {
            period = null;
        }
        pendingOnly = "true".equals(Faces.param("pending"));
    }

    FindingQuery query() {
        Period p = period == null || period.isBlank() ? null : Period.parse(period);
        return new FindingQuery(level, department, status, rule, receiptNumber, p == null ? null : p.from(),
                p == null ? null : p.to(), pendingOnly);
    }

    public StreamedContent getExport() {
        return Exports.xlsx("监察单.xlsx", "监察单", List.of("编号", "受理编号", "部门", "承办人", "等级", "规则", "规则版本",
                "说明", "状态", "评估日", "期限", "超过工作日", "答复期限", "签发时间"), () -> {
                    List<List<Object>> rows = new ArrayList<>();
                    for (FindingRow r : findings.export(query(), EXPORT_MAX)) {
                        rows.add(java.util.Arrays.asList(r.id(), r.receiptNumber(), r.departmentName(), r.handler(),
                                r.level().label(), r.ruleName(), r.ruleVersion(), r.explanation(), r.status().label(),
                                r.asOf(), r.keyDate(), r.daysOver(), r.answerDue(), r.issuedAt().toString()));
                    }
                    return rows;
                });
    }

    public String rowClass(FindingRow r) {
        return switch (r.level()) {
            case RED -> "row-overdue";
            case YELLOW -> "row-due";
            default -> "";
        };
    }

    public SupervisionLevel[] getLevels() { return SupervisionLevel.values(); }
    public FindingStatus[] getStatuses() { return FindingStatus.values(); }
    public List<Department> getDepartments() { return departments.all(); }
    public List<SupervisionRule> getRules() { return rules.inForce(); }

    private static <E extends Enum<E>> E parse(Class<E> type, String raw) {
        try {
            return raw == null || raw.isBlank() ? null : Enum.valueOf(type, raw);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public PagedModel<FindingRow> getModel() { return model; }
    public SupervisionLevel getLevel() { return level; }
    public void setLevel(SupervisionLevel level) { this.level = level; }
    public FindingStatus getStatus() { return status; }
    public void setStatus(FindingStatus status) { this.status = status; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public String getRule() { return rule; }
    public void setRule(String rule) { this.rule = rule; }
    public String getReceiptNumber() { return receiptNumber; }
    public void setReceiptNumber(String receiptNumber) { this.receiptNumber = receiptNumber; }
    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public boolean isPendingOnly() { return pendingOnly; }
    public void setPendingOnly(boolean pendingOnly) { this.pendingOnly = pendingOnly; }
}
