package org.yangguang.interaction.rating;

import org.yangguang.shared.Labelled;

/** Where the rectification (整改) of a bad rating stands. */
public enum RectificationStatus implements Labelled {
    /** 待回访核实: the supervision office calls the applicant back. */
    VERIFYING("待回访核实"),
    /** 整改中: confirmed; the department rectifies and reports within the limit. */
    RECTIFYING("整改中"),
    /** 恶意差评: found unfounded; the rating is kept but left out of every statistic. */
    UNFOUNDED("恶意差评（不予采信）"),
    /** 已整改: reported; the applicant may rate the event once more. */
    RECTIFIED("已整改");

    private final String label;

    RectificationStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
