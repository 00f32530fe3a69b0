package org.yangguang.web.interaction;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.yangguang.interaction.rating.CaseRatings;
import org.yangguang.interaction.rating.NewRating;
import org.yangguang.interaction.rating.RatedEvent;
import org.yangguang.interaction.rating.RatingLevel;
import org.yangguang.interaction.rating.RatingReason;
import org.yangguang.interaction.rating.RatingService;
import org.yangguang.web.cases.TrackBean;
import org.yangguang.web.security.PublicLimits;
import org.yangguang.web.support.Faces;

/**
 * 好差评 on public tracking: once the case was found with its receipt number and query code, the
 * ratings given so far and a form for each event that can be rated. A rating is one more lookup of
 * the number ({@link PublicLimits}); once given, the page is loaded again to show it, with a word of thanks.
 */
@Named
@ViewScoped
public class CaseRatingBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    RatingService ratings;

    @Inject
    PublicLimits limits;

    @Inject
    TrackBean track;

    private String receiptNumber;
    private String queryCode;
    private CaseRatings current;
    private final Map<RatedEvent, RatingForm> forms = new EnumMap<>(RatedEvent.class);

    /** After tracking found the case (not on a postback: the view keeps what it loaded). */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback() || track.getResult() == null) return;
        receiptNumber = track.getResult().receiptNumber();
        queryCode = track.getCode();
        current = Faces.attempt(() -> ratings.ofCase(receiptNumber, queryCode));
        forms.clear();
        if (current != null) current.rateable().forEach(e -> forms.put(e, new RatingForm()));
    }

    public void rate(RatedEvent event) throws IOException {
        if (current == null || !forms.containsKey(event)) return;
        if (Faces.throttled(limits, PublicLimits.Kind.CASE, receiptNumber)) return;
        NewRating r = new NewRating();
        var in = forms.get(event).toInput(event);
        r.setReceiptNumber(receiptNumber);
        r.setQueryCode(queryCode);
        r.setEvent(event);
        r.setLevel(in.getLevel());
        r.setReasons(in.getReasons());
        r.setText(in.getText());
        r.setRealName(in.isRealName());
        if (Faces.attempt(() -> ratings.rateOnline(r)) == null) return;
        var ec = FacesContext.getCurrentInstance().getExternalContext();
        ec.redirect(ec.getRequestContextPath() + "/track.xhtml?rn=" + URLEncoder.encode(receiptNumber, StandardCharsets.UTF_8)
                + "&code=" + URLEncoder.encode(queryCode, StandardCharsets.UTF_8) + "&rated=" + event.name() + "#ratings");
    }

    public CaseRatings getCurrent() { return current; }
    public List<RatedEvent> getRateable() { return current == null ? List.of() : current.rateable(); }
    public Map<RatedEvent, RatingForm> getForms() { return forms; }
    public RatingLevel[] getLevels() { return RatingLevel.values(); }
    public RatingReason[] getReasons() { return RatingReason.values(); }
}
