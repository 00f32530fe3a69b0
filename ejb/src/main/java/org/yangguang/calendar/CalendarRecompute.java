package org.yangguang.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.yangguang.shared.JobRecord;

/**
 * One recomputation of open deadlines for a calendar change: a preview (what a schedule would
 * move, nothing saved) or the change itself (a saved calendar version). The
 * {@code deadline-recompute} job does the work in chunks and counts its progress here; the office
 * watches it on the calendar page.
 */
@Entity
@Table(name = "calendar_recompute")
public class CalendarRecompute extends JobRecord {

    @Column(name = "calendar_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "csv", nullable = false, updatable = false, columnDefinition = "TEXT")
    private String csv;

    @Column(name = "source", length = 200, updatable = false)
    private String source;

    @Column(name = "preview", nullable = false, updatable = false)
    private boolean preview;

    /** The calendar version saved; null for a preview. */
    @Column(name = "calendar_number", updatable = false)
    private Long calendarNumber;

    @Column(name = "open_cases", nullable = false)
    private long openCases;

    @Column(name = "checked", nullable = false)
    private long checked;

    @Column(name = "moves", nullable = false)
    private int moves;

    protected CalendarRecompute() {}

    CalendarRecompute(int year, String csv, String source, Long calendarNumber, String by, Instant at, long openCases) {
        super(by, at);
        this.year = year;
        this.csv = csv;
        this.source = source;
        this.preview = calendarNumber == null;
        this.calendarNumber = calendarNumber;
        this.openCases = openCases;
    }

    /** The job took it on (again, after a failure): its execution, and the open cases it has to check. */
    public void started(long execution, long cases) {
        startedAs(execution);
        this.openCases = cases;
    }


    public int getYear() { return year; }
    public String getCsv() { return csv; }
    public String getSource() { return source; }
    public boolean isPreview() { return preview; }
    public Long getCalendarNumber() { return calendarNumber; }
    public long getOpenCases() { return openCases; }
    public long getChecked() { return checked; }
    public int getMoves() { return moves; }

    /** Percent done, for the progress bar. */
    public int getPercent() {
        if (!isRunning()) return 100;
        return openCases == 0 ? 0 : (int) Math.min(99, checked * 100 / openCases);
    }
}
