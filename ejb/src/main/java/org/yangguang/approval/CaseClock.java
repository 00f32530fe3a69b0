package org.yangguang.approval;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yangguang.calendar.ClockStop;
import org.yangguang.calendar.DayUnit;
import org.yangguang.calendar.Deadline;
import org.yangguang.calendar.DeadlineCalculator;
import org.yangguang.calendar.TimeLimit;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.catalog.SpecialProcedureType;
import org.yangguang.shared.SystemText;

/**
 * The clock of a case: the statutory and promised limits as the matter set them at receipt, the
 * special procedures that stop it (行政许可法 第四十五条), and the deadlines last computed, with
 * the calendar version they were computed on. The dates are stored, not derived on read, so that
 * lists and the nightly evaluation read them as plain columns.
 */
@Embeddable
public class CaseClock {
    @Column(name = "statutory_value", nullable = false, updatable = false)
    private int statutoryValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "statutory_unit", nullable = false, length = 16, updatable = false)
    private DayUnit statutoryUnit;

    @Column(name = "promised_value", nullable = false, updatable = false)
    private int promisedValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "promised_unit", nullable = false, length = 16, updatable = false)
    private DayUnit promisedUnit;

    @Column(name = "correction_deadline", nullable = false)
    private LocalDate correctionDeadline;

    @Column(name = "promised_deadline")
    private LocalDate promisedDeadline;

    @Column(name = "statutory_deadline")
    private LocalDate statutoryDeadline;

    @Column(name = "delivery_deadline")
    private LocalDate deliveryDeadline;

    @Column(name = "calendar_version", nullable = false)
    private long calendarVersion;

    @Column(name = "deadline_warning", length = 200)
    private String deadlineWarning;

    // the open special procedure, copied to plain columns for the nightly evaluation
    @Column(name = "stop_type", length = 20)
    private String stopType;

    @Column(name = "stop_started_on")
    private LocalDate stopStartedOn;

    @Column(name = "stop_planned_end")
    private LocalDate stopPlannedEnd;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "case_stop", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "seq")
    private List<CaseStop> stops = new ArrayList<>();

    protected CaseClock() {}

    CaseClock(TimeLimit statutory, TimeLimit promised) {
        this.statutoryValue = statutory.getValue();
        this.statutoryUnit = statutory.getUnit();
        this.promisedValue = promised.getValue();
        this.promisedUnit = promised.getUnit();
    }

    // ---------------------------------------------------------------- special procedures

    public Optional<CaseStop> openStop() {
        return stops.stream().filter(CaseStop::isOpen).findFirst();
    }

    /** Read from the copied column: lists ask this of many cases without loading their stops. */
    public boolean isRunning() {
        return stopType == null;
    }

    /** 特别程序: the clock stops; the applicant is told in writing how many days it takes. */
    void stop(SpecialProcedureType type, String reason, int expectedDays, LocalDate today) {
        if (type == null || reason == null || reason.isBlank()) {
            throw new org.yangguang.shared.InvalidInputException(org.yangguang.shared.SystemText.of("case.procedure.missing"));
        }
        if (expectedDays < 1 || expectedDays > 366) throw new org.yangguang.shared.InvalidInputException(org.yangguang.shared.SystemText.of("case.procedure.days"));
        stops.add(new CaseStop(type, reason.trim(), expectedDays, today));
        copyOpenStop();
    }

    void resume(LocalDate today, String result) {
        if (result == null || result.isBlank()) throw new org.yangguang.shared.InvalidInputException(org.yangguang.shared.SystemText.of("case.procedure.resultMissing"));
        openStop().orElseThrow().end(today, result.trim());
        copyOpenStop();
    }

    private void copyOpenStop() {
        Optional<CaseStop> open = openStop();
        stopType = open.map(s -> s.getType().name()).orElse(null);
        stopStartedOn = open.map(CaseStop::getStartedOn).orElse(null);
        stopPlannedEnd = open.map(CaseStop::getPlannedEnd).orElse(null);
    }

    /**
     * Days the open special procedure has run past the days announced to the applicant (0 if
     * none runs or it is within them).
     */
    public long overrunDays(LocalDate today) {
        return openStop().map(s -> Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(s.getPlannedEnd(), today)))
                .orElse(0L);
    }

    public List<ClockStop> clockStops() {
        return stops.stream().map(CaseStop::toClockStop).toList();
    }

    // ---------------------------------------------------------------- deadlines

    /** The promised limit from {@code start}, plus the extension's working days on top. */
    public Deadline promised(WorkingCalendar calendar, LocalDate start, int extensionDays) {
        return limitDeadline(calendar, start, getPromisedLimit(), extensionDays);
    }

    public Deadline statutory(WorkingCalendar calendar, LocalDate start, int extensionDays) {
        return limitDeadline(calendar, start, getStatutoryLimit(), extensionDays);
    }

    private Deadline limitDeadline(WorkingCalendar calendar, LocalDate start, TimeLimit limit, int extensionDays) {
        Deadline base = DeadlineCalculator.deadline(calendar, start, limit, clockStops());
        if (extensionDays == 0 || base.isSuspended()) return base;
        Deadline extended = DeadlineCalculator.deadline(calendar, base.date(), TimeLimit.workingDays(extensionDays), clockStops());
        List<Deadline.SkippedDay> skipped = new ArrayList<>(base.skipped());
        skipped.addAll(extended.skipped());
        List<SystemText> warnings = new ArrayList<>(base.warnings());
        extended.warnings().stream().filter(w -> !warnings.contains(w)).forEach(warnings::add);
        return new Deadline(start, limit, extended.date(), calendar.version(), skipped,
                base.weekendDaysSkipped() + extended.weekendDaysSkipped(), warnings);
    }

    /** Stores a computation's dates. */
    void record(CaseDeadlines d) {
        correctionDeadline = d.correction();
        promisedDeadline = d.promised();
        statutoryDeadline = d.statutory();
        deliveryDeadline = d.delivery();
        calendarVersion = d.calendarVersion();
        deadlineWarning = d.warnings().isEmpty() ? null : SystemText.of("text.joined", new SystemText.Joined(d.warnings(), "text.semicolon")).encode();
    }

    public TimeLimit getStatutoryLimit() { return new TimeLimit(statutoryValue, statutoryUnit); }
    public TimeLimit getPromisedLimit() { return new TimeLimit(promisedValue, promisedUnit); }
    public LocalDate getCorrectionDeadline() { return correctionDeadline; }
    public LocalDate getPromisedDeadline() { return promisedDeadline; }
    public LocalDate getStatutoryDeadline() { return statutoryDeadline; }
    public LocalDate getDeliveryDeadline() { return deliveryDeadline; }
    public long getCalendarVersion() { return calendarVersion; }
    public String getDeadlineWarning() { return deadlineWarning; }
    /** The warning as a text (stored as one since texts were keyed; a plain sentence before). */
    public SystemText getDeadlineWarningShown() { return SystemText.shown(deadlineWarning); }
    public List<CaseStop> getStops() { return List.copyOf(stops); }
    public LocalDate getStopPlannedEnd() { return stopPlannedEnd; }
}
