package org.yangguang.supervision;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Filters of the findings list; any may be null. {@code issuedFrom}/{@code issuedTo} bound the
 * evaluation date, {@code openCasesOnly} the drill-down from a chart of open cases.
 */
public record FindingQuery(SupervisionLevel level, String departmentCode, FindingStatus status, String ruleCode,
        String receiptNumber, LocalDate issuedFrom, LocalDate issuedTo, Boolean pendingOnly) implements Serializable {

    public static FindingQuery all() {
        return new FindingQuery(null, null, null, null, null, null, null, null);
    }
}
