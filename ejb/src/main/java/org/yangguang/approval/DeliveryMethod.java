package org.yangguang.approval;

import org.yangguang.shared.Labelled;

/** How the result reaches the applicant (送达方式). */
public enum DeliveryMethod implements Labelled {
    WINDOW_PICKUP("窗口领取"),
    POST("邮寄送达"),
    ELECTRONIC("电子证照");

    private final String label;

    DeliveryMethod(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
