package org.yangguang.web.supervision;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.primefaces.model.StreamedContent;
import org.yangguang.approval.CaseRow;
import org.yangguang.shared.PageRequest;
import org.yangguang.supervision.CaseMeasure;
import org.yangguang.supervision.Period;
import org.yangguang.supervision.SupervisionLevel;
import org.yangguang.supervision.Workspace;
import org.yangguang.web.support.Exports;
import org.yangguang.web.support.Faces;
import org.yangguang.web.support.PagedModel;

/** The cases behind a number of the workspace or the scores (drill-down). */
@Named
@ViewScoped
public class DrillDownBean implements Serializable {

    @jakarta.inject.Inject
    org.yangguang.web.support.LocaleBean locale;
    private static final long serialVersionUID = 1L;
    static final int EXPORT_MAX = 20_000;

    @Inject
    Workspace workspace;

    private CaseMeasure measure;
    private String department;
    private Period period;
    private Integer level;

    private final PagedModel<CaseRow> model = new PagedModel<>(
            p -> workspace.cases(measure, department, period, level, p), CaseRow::receiptNumber);

    @PostConstruct
    void init() {
        try {
            measure = CaseMeasure.valueOf(Faces.param("measure"));
        } catch (RuntimeException e) {
            measure = CaseMeasure.OPEN_AT_LEVEL;
        }
        department = Faces.param("department");
        try {
            period = Faces.param("period") == null ? null : Period.parse(Faces.param("period"));
        } catch (RuntimeException e) {
            period = null;
        }
        try {
            level = Faces.param("level") == null ? null : Math.max(0, Math.min(3, Integer.parseInt(Faces.param("level"))));
        } catch (NumberFormatException e) {
            level = null;
        }
    }

    public String getTitle() {
        String what = locale.label(measure);
        if (measure == CaseMeasure.OPEN_AT_LEVEL) {
            what += Faces.text("p.colon") + (level == null || level == 0 ? Faces.text("supervision.levelNone")
                    : Faces.text("level." + SupervisionLevel.values()[level - 1].name()));
        }
        return what + (period == null ? "" : " · " + locale.period(period));
    }

    public StreamedContent getExport() {
        return Exports.xlsx("办件明细.xlsx", "办件", List.of("受理编号", "事项", "申请人", "状态", "收件日", "承诺期限", "法定期限",
                "剩余工作日", "部门"), () -> {
                    List<List<Object>> rows = new ArrayList<>();
                    int first = 0;
                    while (rows.size() < EXPORT_MAX) {
                        var page = workspace.cases(measure, department, period, level,
                                new PageRequest(first, PageRequest.MAX_SIZE, null, true));
                        for (CaseRow r : page.items()) {
                            rows.add(Arrays.asList(r.receiptNumber(), r.matterName(), r.applicantName(), r.status().label(),
                                    r.receivedOn(), r.promisedDeadline(), r.statutoryDeadline(), r.remainingWorkingDays(),
                                    r.departmentName()));
                        }
                        first += PageRequest.MAX_SIZE;
                        if (first >= page.total()) break;
                    }
                    return rows;
                });
    }

    public PagedModel<CaseRow> getModel() { return model; }
    public CaseMeasure getMeasure() { return measure; }
    public String getDepartment() { return department; }
}
