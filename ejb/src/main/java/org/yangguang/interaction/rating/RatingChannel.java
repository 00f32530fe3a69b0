package org.yangguang.interaction.rating;

import org.yangguang.shared.Labelled;

/** Where a rating was given (GB/T 39734 评价渠道). */
public enum RatingChannel implements Labelled {
    /** 网上评价: the applicant through public tracking, with the query code. */
    ONLINE("网上评价"),
    /** 窗口评价: at the window, entered by a clerk for the applicant and marked as such. */
    WINDOW("窗口评价（工作人员协助）");

    private final String label;

    RatingChannel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
