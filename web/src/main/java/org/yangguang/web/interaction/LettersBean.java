package org.yangguang.web.interaction;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.yangguang.interaction.letter.LetterRow;
import org.yangguang.interaction.letter.LetterService;
import org.yangguang.interaction.letter.LetterStatus;
import org.yangguang.web.support.Faces;
import org.yangguang.web.support.PagedModel;

/**
 * The letters staff handle: for the office its inbox (the letters waiting to be routed, by
 * default) and every other letter; for the supervision office every letter; for a department the
 * letters routed or transferred to it. Overdue ones are marked.
 */
@Named
@ViewScoped
public class LettersBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    LetterService letters;

    private LetterStatus status = inboxParam();
    private String text;
    private final PagedModel<LetterRow> model = new PagedModel<>(p -> letters.list(status, text, p), LetterRow::number);

    /** {@code ?status=RECEIVED}: the office's inbox. */
    private static LetterStatus inboxParam() {
        String raw = Faces.param("status");
        for (LetterStatus s : LetterStatus.values()) if (s.name().equals(raw)) return s;
        return null;
    }

    public LetterStatus[] getStatuses() { return LetterStatus.values(); }
    public LetterStatus getStatus() { return status; }
    public void setStatus(LetterStatus status) { this.status = status; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public PagedModel<LetterRow> getModel() { return model; }
}
