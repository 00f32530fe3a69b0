package org.yangguang.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/** Who finished a piece of work on a case (a step, a joint part), when, and with what opinion. */
@Embeddable
public class Completion {
    @Column(name = "completed_on")
    private LocalDate on;

    @Column(name = "completed_by", length = 40)
    private String by;

    @Column(name = "opinion", length = 1000)
    private String opinion;

    protected Completion() {}

    Completion(LocalDate on, String by, String opinion) {
        this.on = Objects.requireNonNull(on);
        this.by = by;
        this.opinion = opinion;
    }

    public LocalDate getOn() { return on; }
    public String getBy() { return by; }
    public String getOpinion() { return opinion; }
}
