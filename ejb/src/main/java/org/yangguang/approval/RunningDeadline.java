package org.yangguang.approval;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The deadline a case's remaining working days count to, and which one it is: the promised
 * deadline while the case is handled in time, the statutory one once the promise is broken
 * (the law's limit is what still stands), and the delivery deadline once decided.
 */
public record RunningDeadline(Kind kind, LocalDate date) implements Serializable {

    public enum Kind {
        PROMISED("承诺期限"), STATUTORY("法定期限"), DELIVERY("送达期限");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * Null while nothing runs: not accepted yet, concluded, or stopped by a special procedure.
     * {@code today} decides between promised and statutory; pass null to keep to the promise
     * (the workbench's colours and supervision count against the promise).
     */
    public static RunningDeadline of(CaseStatus status, LocalDate acceptedOn, LocalDate promised, LocalDate statutory,
            LocalDate delivery, boolean stopped, LocalDate today) {
        if (stopped || !status.isOpen()) return null;
        if (status == CaseStatus.DECIDED) return delivery == null ? null : new RunningDeadline(Kind.DELIVERY, delivery);
        if (acceptedOn == null || promised == null) return null;
        if (today != null && today.isAfter(promised) && statutory != null && !today.isAfter(statutory)) {
            return new RunningDeadline(Kind.STATUTORY, statutory);
        }
        return new RunningDeadline(Kind.PROMISED, promised);
    }

    public String label() {
        return kind.label();
    }
}
