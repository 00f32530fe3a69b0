package org.yangguang.disclosure;

import org.yangguang.shared.Labelled;

/** How the reply (and the information) reaches the applicant. */
public enum DeliveryWay implements Labelled {
    POST("邮寄"),
    EMAIL("电子邮件"),
    PICK_UP("当面领取"),
    ONLINE("网上获取");

    private final String label;

    DeliveryWay(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
