package org.yangguang.web.office;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.yangguang.audit.AuditEntry;
import org.yangguang.audit.AuditFilter;
import org.yangguang.audit.AuditLog;
import org.yangguang.web.support.PagedModel;

/** The office's view of the audit trail, newest first, with filters. */
@Named
@ViewScoped
public class AuditBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog audit;

    @Inject
    org.yangguang.web.support.LocaleBean locale;

    /** The actor filter takes a person's name (as the table shows it) or a user name. */
    @Inject
    org.yangguang.security.StaffNames staffNames;

    private String actor;
    private String action;
    private String subjectKey;
    private LocalDate from;
    private LocalDate to;

    @Inject
    org.yangguang.audit.AuditChain chain;

    private org.yangguang.audit.AuditChain.Verification verification;

    /** Walks the hash chain: intact, or where the first edited or deleted entry is. */
    public void verify() {
        verification = org.yangguang.web.support.Faces.attempt(() -> chain.verify());
    }

    public org.yangguang.audit.AuditChain.Verification getVerification() { return verification; }

    /** What the entry changed, field by field (only the fields that differ). */
    public java.util.List<org.yangguang.audit.AuditDiff.Change> changes(AuditEntry e) {
        return org.yangguang.audit.AuditDiff.of(e.getBefore(), e.getAfter());
    }

    private final PagedModel<AuditEntry> model = new PagedModel<>(
            p -> audit.find(new AuditFilter(actor == null || actor.isBlank() ? null : staffNames.usernameFor(actor),
                    action == null || action.isBlank() ? null : locale.auditActionsMatching(action), null, subjectKey, from, to), p), e -> String.valueOf(e.getId()));

    public PagedModel<AuditEntry> getModel() { return model; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public String getSubjectKey() { return subjectKey; }
    public void setSubjectKey(String subjectKey) { this.subjectKey = subjectKey; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
