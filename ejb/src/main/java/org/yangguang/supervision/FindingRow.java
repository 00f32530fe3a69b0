package org.yangguang.supervision;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A finding as the lists and the API show it, with its explanation rendered from its inputs. */
public record FindingRow(long id, int version, String receiptNumber, String departmentCode, String departmentName,
        String handler, SupervisionLevel level, String ruleCode, String ruleName, int ruleVersion, FindingStatus status,
        LocalDate asOf, LocalDate keyDate, Integer daysOver, Instant issuedAt, String issuedBy, LocalDate answerDue,
        boolean answerOverdue, String explanation) implements Serializable {}
