package org.yangguang.web.interaction;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.yangguang.interaction.rating.RectificationAction;
import org.yangguang.interaction.rating.RectificationRow;
import org.yangguang.interaction.rating.RectificationService;
import org.yangguang.interaction.rating.RectificationStatus;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.Page;
import org.yangguang.web.support.Faces;
import org.yangguang.web.support.PagedModel;

/**
 * 差评整改: the bad ratings, for the supervision office (all; verify each with a return visit,
 * confirmed or unfounded) and for a department (its own; report the rectification). The office
 * reads. Each row offers what the transition table allows this user.
 */
@Named
@ViewScoped
public class RectificationsBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    RectificationService rectifications;

    private RectificationStatus status;
    /** One rectification only (?id=, the link of a supervision finding about it); null for the list. */
    private Long id;
    private final PagedModel<RectificationRow> model = new PagedModel<>(p -> id == null ? rectifications.list(status, p)
            : one(id), r -> String.valueOf(r.id()));

    private RectificationRow current;
    private String note;

    public void choose(RectificationRow row) {
        current = row;
        note = null;
    }

    public void act(RectificationAction action) {
        if (current == null) return;
        RectificationRow done = Faces.attempt(() -> rectifications.act(current.id(), action,
                new RectificationService.Input(current.version(), note)));
        if (done != null) {
            Faces.info(Faces.text("rectification.updated", done.receiptNumber(), Faces.text("enum.RectificationStatus." + done.status().name())));
            current = null;
        }
    }

    /** The one rectification, as this user may see it: none if it is another department's or unknown. */
    private Page<RectificationRow> one(long rectificationId) {
        try {
            return new Page<>(List.of(rectifications.row(rectificationId)), 1);
        } catch (NotFoundException e) {
            return new Page<>(List.of(), 0);
        }
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public RectificationStatus[] getStatuses() { return RectificationStatus.values(); }
    public PagedModel<RectificationRow> getModel() { return model; }
    public RectificationStatus getStatus() { return status; }
    public void setStatus(RectificationStatus status) { this.status = status; }
    public RectificationRow getCurrent() { return current; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
