package org.yangguang.web.interaction;

import java.io.Serializable;
import java.util.Arrays;
import org.yangguang.interaction.rating.RatedEvent;
import org.yangguang.interaction.rating.RatingInput;
import org.yangguang.interaction.rating.RatingLevel;
import org.yangguang.interaction.rating.RatingReason;

/**
 * The rating form of one event as a page fills it in: the reasons are an array, so that Faces
 * converts the ticked boxes to the enum (a generic list would keep the raw strings).
 */
public class RatingForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private RatingLevel level;
    private RatingReason[] reasons = new RatingReason[0];
    private String text;
    private boolean realName;

    RatingInput toInput(RatedEvent event) {
        RatingInput in = new RatingInput();
        in.setEvent(event);
        in.setLevel(level);
        in.setReasons(reasons == null ? null : new java.util.ArrayList<>(Arrays.asList(reasons)));
        in.setText(text);
        in.setRealName(realName);
        return in;
    }

    public RatingLevel getLevel() { return level; }
    public void setLevel(RatingLevel level) { this.level = level; }
    public RatingReason[] getReasons() { return reasons; }
    public void setReasons(RatingReason[] reasons) { this.reasons = reasons; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public boolean isRealName() { return realName; }
    public void setRealName(boolean realName) { this.realName = realName; }
}
