package org.yangguang.web.interaction;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.ItemSelectEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.yangguang.interaction.attention.AnswerTime;
import org.yangguang.interaction.attention.AttentionService;
import org.yangguang.interaction.attention.AttentionService.LetterLine;
import org.yangguang.interaction.attention.AttentionService.Selection;
import org.yangguang.interaction.attention.AttentionStatistics;
import org.yangguang.interaction.attention.AttentionWorkbook;
import org.yangguang.interaction.attention.HandlerKind;
import org.yangguang.interaction.letter.LetterCategory;
import org.yangguang.organization.Department;
import org.yangguang.organization.DepartmentService;
import org.yangguang.shared.Spreadsheet;
import org.yangguang.supervision.Period;
import org.yangguang.web.support.Faces;

/**
 * 关注度分析 for the office and the supervision office: a period and a department chosen, the
 * charts and the tables beside them; a click on a bar or a number lists the letters behind it.
 */
@Named
@ViewScoped
public class AttentionBean implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String[] COLOURS = {"#1565c0", "#2e7d32", "#c62828", "#6a1b9a", "#757575"};

    @Inject
    AttentionService attention;

    @Inject
    DepartmentService departments;

    @Inject
    Clock clock;

    private String period;
    private String department;
    private AttentionStatistics stats;
    private Selection selection;
    private String selectionLabel;
    private List<LetterLine> letters = List.of();

    public void load() {
        if (period == null || period.isBlank()) period = Period.monthOf(LocalDate.now(clock)).previous().code();
        show();
    }

    public void show() {
        AttentionStatistics found = Faces.attempt(() -> attention.statistics(period, department));
        if (found != null) {
            stats = found;
            selection = null;
            letters = List.of();
        }
    }

    public List<String> getPeriods() {
        List<String> out = new ArrayList<>();
        Period m = Period.monthOf(LocalDate.now(clock));
        for (int i = 0; i < 12; i++, m = m.previous()) out.add(m.code());
        Period q = Period.quarterOf(LocalDate.now(clock));
        for (int i = 0; i < 4; i++, q = q.previous()) out.add(q.code());
        return out;
    }

    public List<Department> getDepartments() {
        return departments.all();
    }

    // ------------------------------------------------------------------ charts (Chart.js for p:chart)

    /** Stacked bars: letters per month, one colour per category. */
    public String getMonthChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        stats.months().forEach(m -> labels.add(m.month()));
        JsonArrayBuilder sets = Json.createArrayBuilder();
        LetterCategory[] cats = LetterCategory.values();
        for (int c = 0; c < cats.length; c++) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            int ci = c;
            stats.months().forEach(m -> data.add(m.categories().get(ci).letters()));
            sets.add(Json.createObjectBuilder().add("label", Faces.text("enum.LetterCategory." + cats[c].name())).add("data", data)
                    .add("backgroundColor", COLOURS[c % COLOURS.length]));
        }
        return chart("bar", labels, sets, Json.createObjectBuilder().add("scales", Json.createObjectBuilder()
                .add("x", Json.createObjectBuilder().add("stacked", true)).add("y", Json.createObjectBuilder().add("stacked", true))));
    }

    /** Horizontal bars: letters per handler. */
    public String getHandlerChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        stats.handlers().forEach(h -> {
            labels.add(handlerName(h));
            data.add(h.letters());
        });
        return horizontal(labels, data, "attention.letters", "#1565c0");
    }

    /** Horizontal bars: the topics mentioned most. */
    public String getTopicChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        stats.topics().forEach(t -> {
            labels.add(t.keyword());
            data.add(t.letters());
        });
        return horizontal(labels, data, "attention.letters", "#ef6c00");
    }

    /** Bars: answers per answer-time bucket. */
    public String getAnswerTimeChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        stats.answerTimes().forEach(b -> {
            labels.add(Faces.text("enum.AnswerTime." + b.bucket().name()));
            data.add(b.letters());
        });
        return chart("bar", labels, Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", Faces.text("attention.answered")).add("data", data).add("backgroundColor", "#2e7d32")),
                Json.createObjectBuilder());
    }

    private static String horizontal(JsonArrayBuilder labels, JsonArrayBuilder data, String label, String colour) {
        return chart("bar", labels, Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", Faces.text(label)).add("data", data).add("backgroundColor", colour)),
                Json.createObjectBuilder().add("indexAxis", "y"));
    }

    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, JsonObjectBuilder options) {
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options.add("maintainAspectRatio", false)).build().toString();
    }

    // ------------------------------------------------------------------ drill-down

    public void selectMonthCategory(ItemSelectEvent e) {
        AttentionStatistics.MonthRow m = stats.months().get(e.getItemIndex());
        LetterCategory c = LetterCategory.values()[e.getDataSetIndex()];
        drill(new Selection(m.month(), c, null, null, null, null, null),
                m.month() + " · " + Faces.text("enum.LetterCategory." + c.name()));
    }

    public void selectHandler(ItemSelectEvent e) {
        handler(stats.handlers().get(e.getItemIndex()));
    }

    public void selectTopic(ItemSelectEvent e) {
        topic(stats.topics().get(e.getItemIndex()).keyword());
    }

    public void selectAnswerTime(ItemSelectEvent e) {
        bucket(stats.answerTimes().get(e.getItemIndex()).bucket());
    }

    public void month(String month) {
        drill(new Selection(month, null, null, null, null, null, null), month);
    }

    public void category(LetterCategory c) {
        drill(new Selection(null, c, null, null, null, null, null), Faces.text("enum.LetterCategory." + c.name()));
    }

    public void handler(AttentionStatistics.HandlerRow h) {
        drill(new Selection(null, null, h.handler(), h.department(), null, null, null), handlerName(h));
    }

    public void topic(String keyword) {
        drill(new Selection(null, null, null, null, keyword, null, null), keyword);
    }

    public void bucket(AnswerTime b) {
        drill(new Selection(null, null, null, null, null, b, null), Faces.text("enum.AnswerTime." + b.name()));
    }

    public void late() {
        drill(new Selection(null, null, null, null, null, null, org.yangguang.interaction.attention.Timeliness.LATE),
                Faces.text("enum.Timeliness.LATE"));
    }

    private void drill(Selection s, String label) {
        List<LetterLine> found = Faces.attempt(() -> attention.letters(stats.period(), stats.department(), s));
        if (found != null) {
            selection = s;
            selectionLabel = label;
            letters = found;
        }
    }

    /** A department's name, or what handles the letter otherwise (the office, nobody yet) in the visitor's language. */
    public String handlerName(AttentionStatistics.HandlerRow h) {
        return h.handler() == HandlerKind.DEPARTMENT ? h.name() : Faces.text("enum.HandlerKind." + h.handler().name());
    }

    public String share(Double percent) {
        return percent == null ? "—" : String.format("%.1f%%", percent);
    }

    public StreamedContent getExport() {
        AttentionStatistics s = stats;
        return DefaultStreamedContent.builder().name("关注度分析-" + s.period() + ".xlsx").contentType(Spreadsheet.CONTENT_TYPE)
                .stream(() -> new ByteArrayInputStream(AttentionWorkbook.of(s))).build();
    }

    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public AttentionStatistics getStats() { return stats; }
    /** The period shown, for its name in the visitor's language. */
    public Period getResolved() { return stats == null ? null : Period.parse(stats.period()); }
    public Selection getSelection() { return selection; }
    public String getSelectionLabel() { return selectionLabel; }
    public List<LetterLine> getLetters() { return letters; }
    public List<LetterCategory> getCategories() { return List.of(LetterCategory.values()); }
}
