package org.yangguang.web.interaction;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.yangguang.interaction.rating.CaseRatings;
import org.yangguang.interaction.rating.NewRating;
import org.yangguang.interaction.rating.RatedEvent;
import org.yangguang.interaction.rating.RatingLevel;
import org.yangguang.interaction.rating.RatingReason;
import org.yangguang.interaction.rating.RatingService;
import org.yangguang.interaction.rating.RatingSubject;
import org.yangguang.web.rest.PublicRatingResource;
import org.yangguang.web.security.PublicLimits;
import org.yangguang.web.support.Faces;

/**
 * 好差评 of an answer on its public tracking (a disclosure request's reply, a complaint's outcome, a
 * letter's answer): once the page tracked the subject with its number and query code, the ratings
 * given so far and, once the answer came, a form to rate it. Loading them is part of the tracking
 * that was already counted; a rating is one more lookup of the number ({@link PublicLimits}).
 */
@Named
@ViewScoped
public class AnswerRatingBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    RatingService ratings;

    @Inject
    PublicLimits limits;

    /** The subject, number and code the ratings shown were loaded for. */
    private String loadedFor;
    private CaseRatings current;
    private RatingForm form = new RatingForm();
    private boolean thanks;

    /**
     * The ratings of the tracked subject ({@code subject} by its name), loaded once per number and
     * code; null before tracking found it.
     */
    public CaseRatings of(String subject, String number, String code) {
        if (subject == null || number == null || code == null) return null;
        String key = subject + "/" + number + "/" + code;
        if (!key.equals(loadedFor)) {
            loadedFor = key;
            form = new RatingForm();
            thanks = false;
            current = load(RatingSubject.valueOf(subject), number, code);
        }
        return current;
    }

    /** Rates the answer (the conclusion, the only event of an answer); the page then shows the rating and thanks. */
    public void rate(String subject, String number, String code) {
        if (current == null || number == null || code == null || !current.rateable().contains(RatedEvent.CONCLUSION)) return;
        RatingSubject s = RatingSubject.valueOf(subject);
        if (Faces.throttled(limits, PublicRatingResource.kind(s), number)) return;
        NewRating r = new NewRating();
        var in = form.toInput(RatedEvent.CONCLUSION);
        r.setSubject(s);
        r.setReceiptNumber(number);
        r.setQueryCode(code);
        r.setEvent(RatedEvent.CONCLUSION);
        r.setLevel(in.getLevel());
        r.setReasons(in.getReasons());
        r.setText(in.getText());
        r.setRealName(in.isRealName());
        if (Faces.attempt(() -> ratings.rateOnline(r)) == null) return;
        current = load(s, number, code);
        form = new RatingForm();
        thanks = true;
    }

    /** Quietly: the tracking above already said what was wrong with the number or code. */
    private CaseRatings load(RatingSubject subject, String number, String code) {
        try {
            return ratings.ofSubject(subject, number, code);
        } catch (RuntimeException e) {
            return null;
        }
    }

    public boolean isRateable() { return current != null && current.rateable().contains(RatedEvent.CONCLUSION); }
    public boolean isThanks() { return thanks; }
    public RatingForm getForm() { return form; }
    public List<RatingLevel> getLevels() { return List.of(RatingLevel.values()); }
    public List<RatingReason> getReasons() { return List.of(RatingReason.values()); }
}
