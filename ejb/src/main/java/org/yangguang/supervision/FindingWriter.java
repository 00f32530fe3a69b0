package org.yangguang.supervision;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.yangguang.calendar.CalendarService;
import org.yangguang.calendar.DeadlineCalculator;
import org.yangguang.calendar.TimeLimit;

/**
 * Issues single findings (at a case action, on a complaint) with the same key and the same
 * {@code INSERT IGNORE} as the nightly statements: if the nightly job or another request issued the
 * same finding meanwhile, nothing is duplicated and nothing fails. Keeps the case's supervision
 * status in step.
 */
@Stateless
@PermitAll
public class FindingWriter {

    @Resource(lookup = "java:jboss/datasources/YangguangDS")
    DataSource ds;

    @Inject
    SupervisionSettingsService settings;

    @Inject
    CalendarService calendars;

    @Inject
    Clock clock;

    /** One finding to issue. {@code caseId} may be null (a department's finding). */
    public record NewFinding(SubjectType subjectType, long subjectId, Long caseId, String receiptNumber,
            long departmentId, String handler, RuleRef rule, LocalDate keyDate, LocalDate startDate,
            Long calendarVersion, Integer daysOver, String detail, String issuedBy) {}

    /** Issues the finding unless its key exists; true if it was issued now. */
    public boolean issue(NewFinding f) {
        return issue(f, LocalDate.now(clock), null);
    }

    /**
     * The same for a finding of an evaluation run: judged on the run's date {@code asOf} (which the
     * department step counts by) and recorded with the run; the card is answered from today.
     */
    public boolean issue(NewFinding f, LocalDate asOf, Long runId) {
        LocalDate today = LocalDate.now(clock);
        List<Object> p = new ArrayList<>(List.of(f.subjectType().name(), f.subjectId()));
        p.add(f.caseId());
        p.add(f.receiptNumber());
        p.add(f.departmentId());
        p.add(f.handler());
        p.addAll(List.of(f.rule().id(), f.rule().code(), f.rule().revision(), f.rule().level().name(), f.keyDate()));
        p.add(f.startDate());
        p.add(asOf);
        p.add(f.calendarVersion());
        p.add(f.daysOver());
        p.add(f.detail() == null ? null : f.detail().length() > Finding.DETAIL_LENGTH ? f.detail().substring(0, Finding.DETAIL_LENGTH) : f.detail());
        p.addAll(List.of(clock.instant(), f.issuedBy()));
        p.add(runId);
        p.add(f.rule().level().isCard() ? FindingStatus.OPEN.name() : FindingStatus.NOTIFIED.name());
        p.add(f.rule().level().isCard() ? answerDue(today) : null);
        int issued = Jdbc.update(ds, new EvaluationStatements.Sql("INSERT IGNORE INTO finding "
                + EvaluationStatements.COLUMNS
                + " VALUES (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", p));
        if (issued > 0 && f.caseId() != null) recomputeCaseLevel(f.caseId());
        return issued > 0;
    }

    /** The case's supervision status: the highest level of its findings that stand. */
    public void recomputeCaseLevel(long caseId) {
        Jdbc.update(ds, new EvaluationStatements.Sql("UPDATE approval_case SET supervision_level = COALESCE((SELECT"
                + " MAX(CASE f.level WHEN 'RED' THEN 3 WHEN 'YELLOW' THEN 2 ELSE 1 END) FROM finding f"
                + " WHERE f.case_id = ? AND f.status <> 'REVOKED'), 0) WHERE id = ?", List.of(caseId, caseId)));
    }

    /** The day a card issued today must be answered by. */
    public LocalDate answerDue(LocalDate issued) {
        return DeadlineCalculator.deadline(calendars.current(), issued,
                TimeLimit.workingDays(settings.current().getAnswerDays()), List.of()).date();
    }
}
