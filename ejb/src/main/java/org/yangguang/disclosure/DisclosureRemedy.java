package org.yangguang.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.SystemText;

/**
 * An administrative reconsideration (行政复议) or a lawsuit (行政诉讼) against a request's reply,
 * recorded by the editor when filed and again when decided; the annual report's table 四 counts
 * them.
 */
@Entity
@Table(name = "disclosure_remedy")
public class DisclosureRemedy extends org.yangguang.shared.BaseEntity {

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 24)
    private RemedyKind kind;

    @Column(name = "filed_on", nullable = false, updatable = false)
    private LocalDate filedOn;

    /** The reconsideration body or the court. */
    @Column(name = "authority", nullable = false, updatable = false, length = 100)
    private String authority;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 12)
    private RemedyOutcome outcome;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "note", length = 500)
    private String note;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 40)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected DisclosureRemedy() {}

    DisclosureRemedy(DisclosureRequest request, RemedyKind kind, LocalDate filedOn, String authority, String by, Instant at) {
        if (kind == null) throw new InvalidInputException("kind", SystemText.of("remedy.kindMissing"));
        if (filedOn == null) throw new InvalidInputException("filedOn", SystemText.of("remedy.filedOnMissing"));
        if (request.getRepliedOn() == null || filedOn.isBefore(request.getRepliedOn())) {
            throw new InvalidInputException("filedOn", SystemText.of("remedy.beforeReply"));
        }
        this.requestId = request.getId();
        this.kind = kind;
        this.filedOn = filedOn;
        this.authority = InvalidInputException.requireText(authority, "authority", SystemText.of("remedy.authorityMissing"), 100);
        this.outcome = RemedyOutcome.PENDING;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    void decide(RemedyOutcome result, LocalDate on, String text) {
        if (outcome != RemedyOutcome.PENDING) throw new ConflictException(SystemText.of("remedy.decidedAlready", outcome));
        if (result == null || result == RemedyOutcome.PENDING) throw new InvalidInputException("outcome", SystemText.of("remedy.outcomeMissing"));
        if (on == null || on.isBefore(filedOn)) throw new InvalidInputException("decidedOn", SystemText.of("remedy.decidedBeforeFiled"));
        if (text != null && text.trim().length() > 500) throw new InvalidInputException("note", SystemText.of("input.tooLong", 500));
        outcome = result;
        decidedOn = on;
        note = text == null || text.isBlank() ? null : text.trim();
    }

    /** The outcome as it stood at the end of {@code day}: pending if decided later. */
    public RemedyOutcome outcomeAt(LocalDate day) {
        return decidedOn == null || decidedOn.isAfter(day) ? RemedyOutcome.PENDING : outcome;
    }

    public long getRequestId() { return requestId; }
    public RemedyKind getKind() { return kind; }
    public LocalDate getFiledOn() { return filedOn; }
    public String getAuthority() { return authority; }
    public RemedyOutcome getOutcome() { return outcome; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public String getNote() { return note; }
    public String getRecordedBy() { return recordedBy; }
}
