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
import org.yangguang.shared.SystemText;

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

    /** The comment as a system text (key and parameters); null on entries written before texts were keyed. */
    @Column(name = "comment_text", updatable = false, length = 65535)
    private String commentText;

    /** The public note as a system text; null if there is none, or on entries written before. */
    @Column(name = "note_text", updatable = false, length = 65535)
    private String noteText;

    protected CaseEvent() {}

    /**
     * An entry whose comment and note are system texts: stored with their keys and parameters (shown in
     * the reader's language) and, for the API and older readers, in Chinese.
     */
    CaseEvent(ApprovalCase approvalCase, Instant at, String actor, String action, SystemText comment, SystemText note,
            Long fileId) {
        this.approvalCase = approvalCase;
        this.occurredAt = at;
        this.actor = actor;
        this.action = action;
        this.comment = comment == null ? null : clip(comment.chinese(), 2000);
        this.publicNote = note == null ? null : clip(note.chinese(), 500);
        this.commentText = comment == null ? null : comment.encode();
        this.noteText = note == null ? null : note.encode();
        this.fileId = fileId;
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public String getComment() { return comment; }
    public String getPublicNote() { return publicNote; }
    public Long getFileId() { return fileId; }

    /** The comment to show: its system text, or (older entries) the stored Chinese as a literal. */
    public SystemText getCommentShown() {
        return shown(commentText, comment);
    }

    /** The public note to show, like {@link #getCommentShown()}; null if there is none. */
    public SystemText getNoteShown() {
        return shown(noteText, publicNote);
    }

    private static SystemText shown(String keyed, String stored) {
        if (keyed != null) return SystemText.decode(keyed);
        return stored == null ? null : SystemText.of("text.literal", stored);
    }
}
