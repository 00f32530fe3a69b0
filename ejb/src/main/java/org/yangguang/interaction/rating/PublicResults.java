package org.yangguang.interaction.rating;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The rating results the guide publishes for a matter and its department (国办发〔2019〕51号: 评价
 * 结果公开): how many ratings, the share satisfied (非常满意, 满意 and 基本满意 over all; ratings found
 * unfounded are left out of both), and the departments' replies to rectified bad ratings.
 */
public record PublicResults(Tally matter, Tally department, List<Reply> replies) implements Serializable {

    /** A count and how many of them satisfied. */
    public record Tally(long count, long satisfied) implements Serializable {
        /** The share satisfied in percent, one decimal; null without ratings. */
        public Double share() {
            return count == 0 ? null : Math.round(satisfied * 1000.0 / count) / 10.0;
        }
    }

    /** A rectified bad rating as the public reads it: what was wrong (the reasons) and the reply, no person. */
    public record Reply(LocalDate ratedOn, RatedEvent event, RatingLevel level, List<RatingReason> reasons, String report,
            LocalDate reportedOn) implements Serializable {}
}
