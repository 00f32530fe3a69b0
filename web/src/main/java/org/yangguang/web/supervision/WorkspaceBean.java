package org.yangguang.web.supervision;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.event.ItemSelectEvent;
import org.primefaces.model.StreamedContent;
import org.yangguang.batch.supervision.SupervisionJobs;
import org.yangguang.supervision.EvaluationRun;
import org.yangguang.supervision.SupervisionLevel;
import org.yangguang.supervision.Workspace;
import org.yangguang.web.support.Exports;
import org.yangguang.web.support.Faces;

/**
 * The supervision office's home page: open cases by supervision status, the on-time trend, cards
 * by department, the last evaluation; every number leads to the cases or findings behind it.
 */
@Named
@ViewScoped
public class WorkspaceBean implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String[] LEVEL_COLOURS = {"#9e9e9e", "#fbc02d", "#f57c00", "#c62828"};

    @Inject
    Workspace workspace;

    @Inject
    SupervisionJobs jobs;

    private Map<Integer, Long> byLevel;
    private java.time.Instant countedAt;
    private List<Workspace.MonthRate> trend;
    private List<Workspace.DepartmentCards> cards;
    private EvaluationRun lastRun;

    public void load() {
        Workspace.LevelCounts counts = workspace.openCasesByLevel();
        byLevel = counts.counts();
        countedAt = counts.countedAt();
        trend = workspace.onTimeTrend(12);
        cards = workspace.cardsByDepartment();
        lastRun = jobs.history(1).stream().findFirst().orElse(null);
    }

    /** Doughnut of open cases by supervision status (Chart.js configuration for p:chart). */
    public String getLevelChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (int level = 0; level <= 3; level++) {
            labels.add(levelLabel(level));
            data.add(byLevel.getOrDefault(level, 0L));
            colours.add(LEVEL_COLOURS[level]);
        }
        return chart("doughnut", labels, Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("data", data).add("backgroundColor", colours)), Json.createObjectBuilder());
    }

    /** Line of the monthly on-time rate (%), the last twelve months. */
    public String getTrendChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder rates = Json.createArrayBuilder();
        for (Workspace.MonthRate m : trend) {
            labels.add(m.month().toString());
            if (m.rate() == null) rates.addNull();
            else rates.add(Math.round(m.rate() * 1000) / 10.0);
        }
        return chart("line", labels, Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", Faces.text("supervision.onTimeRate")).add("data", rates).add("borderColor", "#b71c1c")
                .add("spanGaps", true)), Json.createObjectBuilder().add("scales", Json.createObjectBuilder()
                .add("y", Json.createObjectBuilder().add("min", 0).add("max", 100))));
    }

    /** Stacked bars of the cards awaiting an answer or a decision, per department. */
    public String getCardsChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder yellow = Json.createArrayBuilder();
        JsonArrayBuilder red = Json.createArrayBuilder();
        for (Workspace.DepartmentCards c : cards) {
            labels.add(c.departmentName());
            yellow.add(c.yellow());
            red.add(c.red());
        }
        return chart("bar", labels, Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("label", Faces.text("level.YELLOW")).add("data", yellow)
                        .add("backgroundColor", LEVEL_COLOURS[2]))
                .add(Json.createObjectBuilder().add("label", Faces.text("level.RED")).add("data", red)
                        .add("backgroundColor", LEVEL_COLOURS[3])),
                Json.createObjectBuilder().add("indexAxis", "y").add("scales", Json.createObjectBuilder()
                        .add("x", Json.createObjectBuilder().add("stacked", true))
                        .add("y", Json.createObjectBuilder().add("stacked", true))));
    }

    /** A click on the doughnut: the open cases at that status. */
    public void selectLevel(ItemSelectEvent e) throws IOException {
        redirect("/admin/supervision/cases.xhtml?measure=OPEN_AT_LEVEL&level=" + e.getItemIndex());
    }

    /** A click on a point of the trend: the cases concluded that month. */
    public void selectMonth(ItemSelectEvent e) throws IOException {
        redirect("/admin/supervision/cases.xhtml?measure=CONCLUDED&period=" + trend.get(e.getItemIndex()).month());
    }

    /** A click on a bar: that department's cards of that level still pending. */
    public void selectCards(ItemSelectEvent e) throws IOException {
        Workspace.DepartmentCards c = cards.get(e.getItemIndex());
        String level = e.getDataSetIndex() == 0 ? "YELLOW" : "RED";
        redirect("/admin/findings/list.xhtml?pending=true&level=" + level + "&department=" + c.departmentCode());
    }

    public StreamedContent getCardsExport() {
        return Exports.xlsx("各部门待处理黄牌红牌.xlsx", "黄牌红牌", List.of("部门", "黄牌", "红牌", "逾期未答复"), () -> {
            List<List<Object>> rows = new ArrayList<>();
            for (Workspace.DepartmentCards c : cards) {
                rows.add(List.of(c.departmentName(), c.yellow(), c.red(), c.answerOverdue()));
            }
            return rows;
        });
    }

    public StreamedContent getTrendExport() {
        return Exports.xlsx("按时办结率.xlsx", "按时办结率", List.of("月份", "办结", "按时办结", "按时办结率"), () -> {
            List<List<Object>> rows = new ArrayList<>();
            for (Workspace.MonthRate m : trend) {
                rows.add(java.util.Arrays.asList(m.month().toString(), m.concluded(), m.onTime(), m.rate()));
            }
            return rows;
        });
    }

    /** Open cases at a supervision status (EL hands numbers over as Long). */
    public long count(long level) {
        return byLevel.getOrDefault((int) level, 0L);
    }

    public String levelLabel(long level) {
        return level == 0 ? Faces.text("supervision.levelNone")
                : Faces.text("level." + SupervisionLevel.values()[(int) level - 1].name());
    }

    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, JsonObjectBuilder options) {
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options.add("maintainAspectRatio", false)).build().toString();
    }

    private static void redirect(String path) throws IOException {
        var ec = FacesContext.getCurrentInstance().getExternalContext();
        ec.redirect(ec.getRequestContextPath() + path);
    }

    public Map<Integer, Long> getByLevel() { return byLevel; }
    public java.time.Instant getCountedAt() { return countedAt; }
    public List<Workspace.MonthRate> getTrend() { return trend; }
    public List<Workspace.DepartmentCards> getCards() { return cards; }
    public EvaluationRun getLastRun() { return lastRun; }
}
