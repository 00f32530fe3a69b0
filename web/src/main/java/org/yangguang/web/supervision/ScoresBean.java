package org.yangguang.web.supervision;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.primefaces.model.StreamedContent;
import org.yangguang.supervision.DepartmentScore;
import org.yangguang.supervision.Period;
import org.yangguang.supervision.ScoreService;
import org.yangguang.web.support.Exports;
import org.yangguang.web.support.Faces;

/** Department scores (绩效考核) of a month or quarter, each number linked to its cases or cards. */
@Named
@ViewScoped
public class ScoresBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ScoreService scores;

    @Inject
    Clock clock;

    private String period;
    private Period resolved;
    private List<DepartmentScore> rows = List.of();

    public void load() {
        if (period == null || period.isBlank()) period = Period.quarterOf(LocalDate.now(clock)).code();
        show();
    }

    public void show() {
        Period p = Faces.attempt(() -> Period.parse(period));
        if (p == null) return;
        List<DepartmentScore> found = Faces.attempt(() -> scores.scores(p));
        if (found != null) {
            resolved = p;
            rows = found;
        }
    }

    public List<String> getPeriods() {
        List<String> out = new ArrayList<>();
        Period q = Period.quarterOf(LocalDate.now(clock));
        for (int i = 0; i < 8; i++, q = q.previous()) out.add(q.code());
        Period m = Period.monthOf(LocalDate.now(clock));
        for (int i = 0; i < 12; i++, m = m.previous()) out.add(m.code());
        return out;
    }

    public StreamedContent getExport() {
        return Exports.xlsx("绩效考核-" + (resolved == null ? "" : resolved.code()) + ".xlsx", "绩效考核",
                List.of("部门", "收件", "办结", "按时办结", "按时办结率", "承诺提速率", "实际提速率", "现场办结率", "网上受理率",
                        "平均用时（工作日）", "预警", "黄牌", "红牌", "投诉", "投诉属实", "好差评", "满意率", "得分", "等级"), () -> {
                    List<List<Object>> out = new ArrayList<>();
                    for (DepartmentScore s : rows) {
                        out.add(Arrays.asList(s.departmentName(), s.received(), s.concluded(), s.concludedOnTime(),
                                s.onTimeRate(), s.promisedSpeedUp(), s.actualSpeedUp(), s.onTheSpotRate(), s.onlineRate(),
                                s.averageWorkingDays(), s.warnings(), s.yellowCards(), s.redCards(), s.complaints(),
                                s.complaintsSubstantiated(), s.ratings(), s.satisfiedRate(), s.score(), s.grade()));
                    }
                    return out;
                });
    }

    public String percent(Double rate) {
        return rate == null ? "—" : String.format("%.1f%%", rate * 100);
    }

    public String number(Double value) {
        return value == null ? "—" : String.format("%.1f", value);
    }

    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public Period getResolved() { return resolved; }
    public List<DepartmentScore> getRows() { return rows; }
}
