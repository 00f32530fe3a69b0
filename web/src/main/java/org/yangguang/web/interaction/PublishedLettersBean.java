package org.yangguang.web.interaction;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.yangguang.interaction.letter.LetterService;
import org.yangguang.interaction.letter.PublishedLetter;
import org.yangguang.shared.Page;
import org.yangguang.shared.PageRequest;
import org.yangguang.web.security.PublicLimits;
import org.yangguang.web.support.Faces;
import org.yangguang.web.support.PagedModel;

/**
 * The published answers of the mailbox (政民互动): the letters whose writers consented, as the
 * office reviewed them, newest first, searched by words. Published content in the portal's one
 * limiter, as the API's list is.
 */
@Named
@ViewScoped
public class PublishedLettersBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    LetterService letters;

    @Inject
    PublicLimits limits;

    private boolean throttled;
    private String q;
    private final PagedModel<PublishedLetter> model = new PagedModel<>(this::page, l -> String.valueOf(l.id()));

    public void load() {
        throttled = Faces.publishedThrottled(limits);
    }

    private Page<PublishedLetter> page(PageRequest p) {
        boolean refused = throttled || FacesContext.getCurrentInstance().isPostback() && Faces.publishedThrottled(limits);
        return refused ? new Page<>(List.of(), 0) : letters.published(q, p);
    }

    public PagedModel<PublishedLetter> getModel() { return model; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q == null || q.length() <= 100 ? q : q.substring(0, 100); }
}
