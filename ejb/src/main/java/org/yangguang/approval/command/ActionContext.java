package org.yangguang.approval.command;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.organization.Department;

/**
 * When, on which calendar and by whom an action is taken, and where commands look up what the
 * case does not hold (departments, colleagues). The intranet, the legacy import and the demo data
 * each supply their own.
 *
 * @param origin a prefix for the timeline, e.g. 历史办件导入 (null for a live action)
 */
public record ActionContext(LocalDate today, Instant at, WorkingCalendar calendar, String actor,
        Department actorDepartment, Directory directory, org.yangguang.shared.SystemText origin) {

    /** Departments and users, as far as commands need them. */
    public interface Directory {
        Optional<Department> department(String code);

        /** Whether the user is an enabled user of the department (a step's assignee must be). */
        boolean isColleague(String username, Department department);
    }
}
