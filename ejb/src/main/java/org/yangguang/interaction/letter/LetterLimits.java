package org.yangguang.interaction.letter;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.yangguang.calendar.Deadline;
import org.yangguang.calendar.DeadlineCalculator;
import org.yangguang.calendar.TimeLimit;
import org.yangguang.calendar.WorkingCalendar;

/**
 * The answer limits of letters in working days, per category, counted on the calendar from the
 * day of receipt (local policy, **default** 咨询 5, 建议 15, 投诉 and 举报 15, 其他 15), and the
 * length of the one extension a handler may take with a reason. From the supervision settings.
 */
public record LetterLimits(int consultation, int suggestion, int complaintOrReport, int other, int extension)
        implements Serializable {

    public static final LetterLimits DEFAULTS = new LetterLimits(5, 15, 15, 15, 10);

    /** Working days to answer a letter of this category. */
    public int days(LetterCategory category) {
        return switch (category) {
            case CONSULTATION -> consultation;
            case SUGGESTION -> suggestion;
            case COMPLAINT, REPORT -> complaintOrReport;
            case OTHER -> other;
        };
    }

    /** The answer deadline of a letter received on {@code receivedOn}: the day of receipt is not counted. */
    public Deadline answerDue(WorkingCalendar calendar, LocalDate receivedOn, LetterCategory category) {
        return DeadlineCalculator.deadline(calendar, receivedOn, TimeLimit.workingDays(days(category)), List.of());
    }

    /** The deadline after the one extension: {@link #extension} more working days after the current one. */
    public Deadline extendedDue(WorkingCalendar calendar, LocalDate due) {
        return DeadlineCalculator.deadline(calendar, due, TimeLimit.workingDays(extension), List.of());
    }
}
