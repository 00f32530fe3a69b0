package org.yangguang.approval;

import java.io.Serializable;
import java.time.LocalDate;

/** A case as a row of the workbench queue. */
public record CaseRow(String receiptNumber, String matterName, String applicantName, CaseStatus status,
        LocalDate receivedOn, LocalDate promisedDeadline, LocalDate statutoryDeadline, Integer remainingWorkingDays,
        Urgency urgency, boolean clockStopped, String departmentName) implements Serializable {}
