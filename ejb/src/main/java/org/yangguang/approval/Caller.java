package org.yangguang.approval;

import java.io.Serializable;

/**
 * Who asks to act on a case, as the transition table needs it: the user, their department, and
 * whether they handle cases (clerk or approver) and decide them (approver).
 */
public record Caller(String username, String departmentCode, boolean caseWorker, boolean approver) implements Serializable {

    /** Replays and the system (legacy import, demo data, nightly jobs): the rules of the case only. */
    public static Caller system(String name) {
        return new Caller(name, null, true, true);
    }

    boolean worksFor(ApprovalCase c) {
        return departmentCode != null && departmentCode.equals(c.getDepartment().getCode());
    }
}
