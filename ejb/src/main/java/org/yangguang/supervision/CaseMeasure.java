package org.yangguang.supervision;

import org.yangguang.shared.Labelled;

/** The numbers of the workspace and the scores whose cases can be listed (drill-down). */
public enum CaseMeasure implements Labelled {
    RECEIVED("收件"),
    ONLINE("网上受理"),
    CONCLUDED("办结"),
    ON_TIME("按时办结"),
    LATE("超期办结"),
    ON_THE_SPOT("现场办结"),
    /** Open cases by supervision status (the level given with it). */
    OPEN_AT_LEVEL("在办件（按监察状态）");

    private final String label;

    CaseMeasure(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
