package org.yangguang.web.catalog;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.yangguang.catalog.CatalogService;
import org.yangguang.catalog.FieldChange;
import org.yangguang.catalog.MatterVersion;
import org.yangguang.web.support.Faces;
import org.yangguang.web.support.PagedModel;

/** The office's review queue: what changed, then publish with an effective date, or return. */
@Named
@ViewScoped
public class ReviewBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CatalogService catalog;

    @Inject
    Clock clock;

    private final PagedModel<MatterVersion> queue =
            new PagedModel<>(page -> catalog.reviewQueue(page), v -> String.valueOf(v.getId()));

    private MatterVersion selected;
    private List<FieldChange> changes;
    private LocalDate effectiveDate;
    private String reason;

    public void select(long versionId) {
        selected = Faces.attempt(() -> catalog.version(versionId));
        if (selected == null) return;
        effectiveDate = LocalDate.now(clock);
        reason = null;
        MatterVersion current = selected.getMatter().getCurrentVersion();
        if (current == null) {
            changes = FieldChange.between(Map.of(), selected.describe());
        } else {
            changes = catalog.compare(current.getId(), selected.getId());
        }
    }

    public void publish() {
        MatterVersion v = Faces.attempt(() -> catalog.publish(selected.getId(), effectiveDate, selected.getVersion()));
        if (v != null) {
            Faces.info(Faces.text("review.published", v.getName() + " " + v.label()));
            selected = null;
        }
    }

    public void returnDraft() {
        MatterVersion v = Faces.attempt(() -> catalog.returnDraft(selected.getId(), reason, selected.getVersion()));
        if (v != null) {
            Faces.info(Faces.text("review.returnedDone"));
            selected = null;
        }
    }

    public boolean isNewMatter() {
        return selected != null && selected.getMatter().getCurrentVersion() == null;
    }

    public PagedModel<MatterVersion> getQueue() { return queue; }
    public MatterVersion getSelected() { return selected; }
    public List<FieldChange> getChanges() { return changes; }
    public LocalDate getEffectiveDate() { return effectiveDate; }
    public void setEffectiveDate(LocalDate effectiveDate) { this.effectiveDate = effectiveDate; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public LocalDate getToday() { return LocalDate.now(clock); }
}
