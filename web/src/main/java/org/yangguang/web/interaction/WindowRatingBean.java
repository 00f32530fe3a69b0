package org.yangguang.web.interaction;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.yangguang.interaction.rating.RatedEvent;
import org.yangguang.interaction.rating.RatingLevel;
import org.yangguang.interaction.rating.RatingReason;
import org.yangguang.interaction.rating.RatingService;
import org.yangguang.interaction.rating.RatingService.StaffRatings;
import org.yangguang.web.support.Faces;

/**
 * 好差评 on the case page: the ratings given, and at the window the clerk enters the applicant's
 * rating of an event that can be rated (marked as staff-assisted, with the clerk's name; nobody can
 * change it afterwards).
 */
@Named
@ViewScoped
public class WindowRatingBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    RatingService ratings;

    private String rn;
    private StaffRatings current;
    private final Map<RatedEvent, RatingForm> forms = new EnumMap<>(RatedEvent.class);

    /** With the case page's receipt number (not on a postback: the view keeps what it loaded). */
    public void load(String receiptNumber) {
        if (FacesContext.getCurrentInstance().isPostback() || receiptNumber == null) return;
        rn = receiptNumber;
        refresh();
    }

    private void refresh() {
        current = Faces.attempt(() -> ratings.forStaff(rn));
        forms.clear();
        if (current != null) current.rateable().forEach(e -> forms.put(e, new RatingForm()));
    }

    public void rate(RatedEvent event) {
        if (current == null || !forms.containsKey(event)) return;
        if (Faces.attempt(() -> ratings.rateAtWindow(rn, forms.get(event).toInput(event))) == null) return;
        Faces.info(Faces.text("rating.thanks"));
        refresh();
    }

    public StaffRatings getCurrent() { return current; }
    public List<RatedEvent> getRateable() { return current == null ? List.of() : current.rateable(); }
    public Map<RatedEvent, RatingForm> getForms() { return forms; }
    public RatingLevel[] getLevels() { return RatingLevel.values(); }
    public RatingReason[] getReasons() { return RatingReason.values(); }
}
