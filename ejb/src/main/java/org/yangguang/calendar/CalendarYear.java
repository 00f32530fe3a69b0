package org.yangguang.calendar;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yangguang.shared.BaseEntity;

/**
 * One imported version of a year's holiday schedule. Never changed: a new notice is a new
 * version with a higher {@link #getNumber() number}; the highest number of each year is in force.
 */
@Entity
@Table(name = "calendar_year")
@NamedQuery(name = "CalendarYear.current", query = "select c from CalendarYear c where c.number ="
        + " (select max(c2.number) from CalendarYear c2 where c2.year = c.year) order by c.year")
@NamedQuery(name = "CalendarYear.atVersion", query = "select c from CalendarYear c where c.number ="
        + " (select max(c2.number) from CalendarYear c2 where c2.year = c.year and c2.number <= :v) order by c.year")
@NamedQuery(name = "CalendarYear.maxNumber", query = "select max(c.number) from CalendarYear c")
@NamedQuery(name = "CalendarYear.history", query = "select c from CalendarYear c where c.year = :year order by c.number desc")
public class CalendarYear extends BaseEntity {

    @Column(name = "version_number", nullable = false, unique = true, updatable = false)
    private long number;

    @Column(name = "calendar_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "source", length = 200, updatable = false)
    private String source;

    @Column(name = "imported_by", nullable = false, length = 40, updatable = false)
    private String importedBy;

    @Column(name = "imported_at", nullable = false, updatable = false)
    private Instant importedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "calendar_day", joinColumns = @JoinColumn(name = "calendar_year_id"))
    private List<Day> days = new ArrayList<>();

    /** A row of the schedule as stored. */
    @Embeddable
    public static class Day {
        @Column(name = "day_date", nullable = false)
        private LocalDate date;

        @Enumerated(EnumType.STRING)
        @Column(name = "kind", nullable = false, length = 8)
        private DayKind kind;

        @Column(name = "name", nullable = false, length = 40)
        private String name;

        protected Day() {}

        Day(CalendarDay d) {
            this.date = d.date();
            this.kind = d.kind();
            this.name = d.name();
        }

        CalendarDay toCalendarDay() {
            return new CalendarDay(date, kind, name);
        }
    }

    protected CalendarYear() {}

    CalendarYear(long number, int year, List<CalendarDay> schedule, String source, String importedBy, Instant now) {
        this.number = number;
        this.year = year;
        this.source = source;
        this.importedBy = importedBy;
        this.importedAt = now;
        schedule.forEach(d -> days.add(new Day(d)));
    }

    public List<CalendarDay> schedule() {
        return days.stream().map(Day::toCalendarDay).sorted(Comparator.comparing(CalendarDay::date)).toList();
    }

    public long getNumber() { return number; }
    public int getYear() { return year; }
    public String getSource() { return source; }
    public String getImportedBy() { return importedBy; }
    public Instant getImportedAt() { return importedAt; }
    public int getDayCount() { return days.size(); }
}
