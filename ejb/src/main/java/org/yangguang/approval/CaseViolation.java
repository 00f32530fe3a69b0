package org.yangguang.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** A fact that breaks a rule, recorded on the case for electronic supervision to judge. */
@Embeddable
public class CaseViolation {
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private ViolationKind kind;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(name = "description", nullable = false, length = 1000)
    private String description;

    protected CaseViolation() {}

    CaseViolation(ViolationKind kind, LocalDate occurredOn, String description) {
        this.kind = kind;
        this.occurredOn = occurredOn;
        this.description = description;
    }

    public ViolationKind getKind() { return kind; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public String getDescription() { return description; }
}
