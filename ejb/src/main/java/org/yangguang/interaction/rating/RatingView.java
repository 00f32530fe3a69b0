package org.yangguang.interaction.rating;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A rating as its rater and the public see it: never the contact or the clerk's login. A bad
 * rating shows where its rectification stands and, once rectified, the department's report.
 * {@code receiptNumber} is the number of the subject rated.
 */
public record RatingView(String receiptNumber, RatedEvent event, int round, RatingLevel level, List<RatingReason> reasons,
        String text, RatingChannel channel, boolean anonymous, LocalDate ratedOn, RectificationStatus rectification,
        String rectificationReport, RatingSubject subject) implements Serializable {

    public static RatingView of(Rating r) {
        return of(r, null);
    }

    public static RatingView of(Rating r, Rectification x) {
        return new RatingView(r.getSubjectNumber(), r.getEvent(), r.getRound(), r.getLevel(), r.getReasons(), r.getText(),
                r.getChannel(), r.isAnonymous(), r.getRatedOn(), x == null ? null : x.getStatus(),
                x == null || x.getStatus() != RectificationStatus.RECTIFIED ? null : x.getReport(), r.getSubject());
    }
}
