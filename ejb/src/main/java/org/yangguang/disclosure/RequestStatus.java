package org.yangguang.disclosure;

import org.yangguang.shared.Labelled;

/** Where a disclosure request stands, as the editor's list and the applicant's tracking show it. */
public enum RequestStatus implements Labelled {
    IN_PROGRESS("办理中"),
    AWAITING_CORRECTION("待补正"),
    CONSULTING("征求第三方意见"),
    /** A fee notice was sent: the reply clock stands still until the fee is paid. */
    AWAITING_FEE("待缴费"),
    REPLIED("已答复"),
    /** Closed without a substantive reply: the correction (or the fee) did not come in time. */
    CLOSED("已终止");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this != REPLIED && this != CLOSED;
    }
}
