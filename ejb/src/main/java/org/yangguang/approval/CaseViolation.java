package org.yangguang.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.yangguang.shared.SystemText;

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

    /** @param description what happened, as a system text (stored with its key: any reader's language) */
    CaseViolation(ViolationKind kind, LocalDate occurredOn, SystemText description) {
        this.kind = kind;
        this.occurredOn = occurredOn;
        String keyed = description.encode();
        this.description = keyed.length() <= 1000 ? keyed : description.chinese().substring(0, 999);
    }

    public ViolationKind getKind() { return kind; }
    public LocalDate getOccurredOn() { return occurredOn; }

    /** As stored: a system text, or (recorded before texts were keyed) a Chinese sentence. */
    public String getDescription() { return description; }

    /** What happened, to show in the reader's language. */
    public SystemText getDescriptionShown() { return SystemText.shown(description); }
}
