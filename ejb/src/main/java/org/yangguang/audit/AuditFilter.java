package org.yangguang.audit;

import java.time.LocalDate;

/** Filters of the office's audit view; null (or no actions) means "any". */
public record AuditFilter(String actor, java.util.List<String> actions, String subjectType, String subjectKey,
        LocalDate from, LocalDate to) implements java.io.Serializable {
    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
