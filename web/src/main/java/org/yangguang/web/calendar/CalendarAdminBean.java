package org.yangguang.web.calendar;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yangguang.batch.calendar.CalendarJobs;
import org.yangguang.calendar.CalendarDay;
import org.yangguang.calendar.CalendarService;
import org.yangguang.calendar.CalendarRecompute;
import org.yangguang.calendar.DayKind;
import org.yangguang.calendar.DeadlineMove;
import org.yangguang.web.support.Faces;

/**
 * The office's calendar: a year at a glance (holidays and make-up days marked), and the import
 * of a year's schedule with a preview of what would change before anything is saved.
 */
@Named
@ViewScoped
public class CalendarAdminBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CalendarService calendar;

    @Inject
    Clock clock;

    private Integer year;
    private CalendarService.YearView view;
    private String csv;
    private String source;
    private CalendarService.ImportPreview preview;
    private Long recomputeId;

    @Inject
    CalendarJobs jobs;

    public void load() {
        if (year == null) year = LocalDate.now(clock).getYear();
        view = calendar.year(year);
    }

    /** Checks the file at once; the deadlines it would move are listed by a preview job, with progress. */
    public void previewImport() {
        preview = Faces.attempt(() -> calendar.preview(year, csv));
        if (preview == null) return;
        if (!preview.errors().isEmpty()) {
            Faces.errors(preview.errors());
            recomputeId = null;
            return;
        }
        startRecompute(preview.recomputeId());
    }

    /** Saves the version; the open deadlines are recomputed by the job, whose progress the page shows. */
    public void saveImport() {
        CalendarService.ImportResult r = Faces.attempt(() -> calendar.importYear(year, csv, source));
        if (r != null) {
            Faces.info(Faces.text("calendar.saved", r.version(), r.days()));
            preview = null;
            csv = null;
            view = calendar.year(year);
            startRecompute(r.recomputeId());
        }
    }

    public void restart() {
        if (recomputeId != null) Faces.attempt(() -> jobs.restart(recomputeId));
    }

    private void startRecompute(long id) {
        recomputeId = id;
        Faces.attempt(() -> jobs.start(id));
    }

    /** The recompute this page started, as it stands now (the poll re-reads it every second). */
    public CalendarRecompute getRecompute() {
        return recomputeId == null ? null : calendar.recompute(recomputeId);
    }

    public List<DeadlineMove> getRecomputeMoves() {
        return recomputeId == null ? List.of() : calendar.recomputeMoves(recomputeId, 1000);
    }

    public int getPreviewDays() {
        return preview == null ? 0 : preview.days().size();
    }

    /** The year as 12 month tables of weeks (Monday first); each cell knows its day and marking. */
    public List<Month> getMonths() {
        Map<LocalDate, CalendarDay> marks = new HashMap<>();
        view.days().forEach(d -> marks.put(d.date(), d));
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth ym = YearMonth.of(year, m);
            List<List<Cell>> weeks = new ArrayList<>();
            List<Cell> week = new ArrayList<>();
            for (int pad = 1; pad < ym.atDay(1).getDayOfWeek().getValue(); pad++) week.add(Cell.EMPTY);
            for (int day = 1; day <= ym.lengthOfMonth(); day++) {
                LocalDate date = ym.atDay(day);
                CalendarDay mark = marks.get(date);
                String css = mark != null ? (mark.kind() == DayKind.HOLIDAY ? "cal-holiday" : "cal-workday")
                        : date.getDayOfWeek().getValue() >= 6 ? "cal-weekend" : "";
                week.add(new Cell(String.valueOf(day), css, mark == null ? "" : mark.name()));
                if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    weeks.add(week);
                    week = new ArrayList<>();
                }
            }
            if (!week.isEmpty()) {
                while (week.size() < 7) week.add(Cell.EMPTY);
                weeks.add(week);
            }
            months.add(new Month(org.yangguang.web.support.Faces.text("calendar.month", m), weeks));
        }
        return months;
    }

    /** The deadlines the version in force of this year moved when it was imported. */
    public java.util.List<org.yangguang.calendar.DeadlineMove> getMoves() {
        return view.version() == null ? java.util.List.of() : calendar.moves(view.version());
    }

    public record Month(String title, List<List<Cell>> weeks) implements Serializable {}

    public record Cell(String day, String css, String title) implements Serializable {
        static final Cell EMPTY = new Cell("", "", "");
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public CalendarService.YearView getView() { return view; }
    public String getCsv() { return csv; }
    public void setCsv(String csv) { this.csv = csv; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public CalendarService.ImportPreview getPreview() { return preview; }
}
