package org.yangguang.approval;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A case as a row of the workbench queue and the to-do list. {@code deadline} is the one deadline
 * the row shows, and {@code remainingWorkingDays} counts to exactly that date: the running deadline
 * (promised, or delivery once decided), or the promised one while the clock does not run.
 */
public record CaseRow(String receiptNumber, String matterName, String applicantName, CaseStatus status,
        LocalDate receivedOn, LocalDate promisedDeadline, LocalDate statutoryDeadline, Integer remainingWorkingDays,
        Urgency urgency, boolean clockStopped, String departmentName, RunningDeadline deadline) implements Serializable {

    /** The row's deadline: the running one, else the promised one (remaining days then stay empty). */
    public static RunningDeadline shown(RunningDeadline running, LocalDate promised) {
        if (running != null) return running;
        return promised == null ? null : new RunningDeadline(RunningDeadline.Kind.PROMISED, promised);
    }
}
