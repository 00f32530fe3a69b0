package org.yangguang.interaction.rating;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A rating as its rater and the public see it: never the contact or the clerk's login. */
public record RatingView(String receiptNumber, RatedEvent event, int round, RatingLevel level, List<RatingReason> reasons,
        String text, RatingChannel channel, boolean anonymous, LocalDate ratedOn) implements Serializable {

    public static RatingView of(Rating r) {
        return new RatingView(r.getSubjectNumber(), r.getEvent(), r.getRound(), r.getLevel(), r.getReasons(), r.getText(),
                r.getChannel(), r.isAnonymous(), r.getRatedOn());
    }
}
