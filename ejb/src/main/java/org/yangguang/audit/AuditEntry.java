package org.yangguang.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;

/**
 * One line of the append-only audit trail: who did what to which object, when, with a
 * before/after summary. Every column is non-updatable and no code path deletes entries; the
 * hash chain ({@link AuditChain}) shows it if someone edits or deletes a row in the database.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    public static final int SUMMARY_LENGTH = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "audit_ids")
    @TableGenerator(name = "audit_ids", table = "id_generator", pkColumnName = "gen_name",
            valueColumnName = "gen_value", pkColumnValue = "audit", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, updatable = false, length = 40)
    private String actor;

    @Column(name = "action", nullable = false, updatable = false, length = 40)
    private String action;

    @Column(name = "subject_type", nullable = false, updatable = false, length = 40)
    private String subjectType;

    @Column(name = "subject_key", nullable = false, updatable = false, length = 80)
    private String subjectKey;

    @Column(name = "before_summary", updatable = false, length = SUMMARY_LENGTH)
    private String before;

    @Column(name = "after_summary", updatable = false, length = SUMMARY_LENGTH)
    private String after;

    /** Place in the hash chain, set when the entry is sealed ({@link AuditChain}); null until then. */
    @Column(name = "seq", insertable = false, updatable = false)
    private Long seq;

    @Column(name = "prev_hash", insertable = false, updatable = false, length = 64)
    private String prevHash;

    @Column(name = "entry_hash", insertable = false, updatable = false, length = 64)
    private String entryHash;

    protected AuditEntry() {}

    AuditEntry(Instant occurredAt, String actor, String action, String subjectType, String subjectKey,
            String before, String after) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectKey = truncate(subjectKey, 80);
        this.before = truncate(before, SUMMARY_LENGTH);
        this.after = truncate(after, SUMMARY_LENGTH);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public Long getId() { return id; }
    public Long getSeq() { return seq; }
    public String getPrevHash() { return prevHash; }
    public String getEntryHash() { return entryHash; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public String getSubjectType() { return subjectType; }
    public String getSubjectKey() { return subjectKey; }
    public String getBefore() { return before; }
    public String getAfter() { return after; }
}
