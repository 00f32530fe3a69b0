package org.yangguang.interaction.rating;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A rating as the applicant gives it: the event, the level, optional reasons and text, real name or not. */
public class RatingInput implements Serializable {
    private static final long serialVersionUID = 1L;

    @NotNull(message = "{yangguang.rating.event.required}")
    private RatedEvent event;

    @NotNull(message = "{yangguang.rating.level.required}")
    private RatingLevel level;

    @Size(max = 10, message = "{yangguang.rating.reasons.size}")
    private List<RatingReason> reasons = new ArrayList<>();

    @Size(max = Rating.TEXT_LENGTH, message = "{yangguang.rating.text.size}")
    private String text;

    /** 实名评价: the applicant's name and phone from the case are kept, so that the office can call back. */
    private boolean realName;

    public RatedEvent getEvent() { return event; }
    public void setEvent(RatedEvent event) { this.event = event; }
    public RatingLevel getLevel() { return level; }
    public void setLevel(RatingLevel level) { this.level = level; }
    public List<RatingReason> getReasons() { return reasons; }
    public void setReasons(List<RatingReason> reasons) { this.reasons = reasons == null ? new ArrayList<>() : reasons; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public boolean isRealName() { return realName; }
    public void setRealName(boolean realName) { this.realName = realName; }
}
