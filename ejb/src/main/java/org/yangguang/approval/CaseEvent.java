package org.yangguang.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.io.Serializable;
import java.time.Instant;

/**
 * One entry of a case's immutable timeline: who did what, when, with the internal comment and
 * (only this is shown to the applicant) the public note.
 */
@Entity
@Table(name = "case_event")
public class CaseEvent implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "case_event_ids")
    @TableGenerator(name = "case_event_ids", table = "id_generator", pkColumnName = "gen_name",
            valueColumnName = "gen_value", pkColumnValue = "case_event", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private ApprovalCase approvalCase;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 40, updatable = false)
    private String actor;

    @Column(name = "action", nullable = false, length = 30, updatable = false)
    private String action;

    @Column(name = "comment", length = 2000, updatable = false)
    private String comment;

    @Column(name = "public_note", length = 500, updatable = false)
    private String publicNote;

    @Column(name = "file_id", updatable = false)
    private Long fileId;

    protected CaseEvent() {}

    CaseEvent(ApprovalCase approvalCase, Instant at, String actor, String action, String comment, String publicNote,
            Long fileId) {
        this.approvalCase = approvalCase;
        this.occurredAt = at;
        this.actor = actor;
        this.action = action;
        this.comment = comment;
        this.publicNote = publicNote;
        this.fileId = fileId;
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public String getComment() { return comment; }
    public String getPublicNote() { return publicNote; }
    public Long getFileId() { return fileId; }
}
