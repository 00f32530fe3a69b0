package org.yangguang.interaction.rating;

import java.io.Serializable;
import java.util.List;

/** The ratings of a case so far and the events that can be rated now. */
public record CaseRatings(String receiptNumber, List<RatingView> given, List<RatedEvent> rateable) implements Serializable {}
