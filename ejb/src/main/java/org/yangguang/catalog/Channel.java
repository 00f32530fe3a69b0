package org.yangguang.catalog;

import org.yangguang.shared.Labelled;

/** Where an application may be submitted. */
public enum Channel implements Labelled {
    WINDOW("窗口"),
    ONLINE("网上"),
    POST("邮寄");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Channel fromLabel(String text) {
        return Labelled.parse(Channel.class, text, "办理渠道");
    }
}
