package org.yangguang.approval;

import java.time.LocalDate;

/**
 * Fired in the transaction of every case action, after the case changed: electronic supervision
 * turns the violations the action recorded (from {@code violationsBefore} on) into findings at once.
 */
public record CaseActed(ApprovalCase approvalCase, CaseAction action, int violationsBefore, String actor,
        LocalDate on) {}
