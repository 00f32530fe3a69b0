package org.yangguang.approval;

import org.yangguang.shared.Labelled;

/** How an application arrived. */
public enum ReceiptChannel implements Labelled {
    WINDOW("窗口收件"),
    ONLINE("网上申报"),
    AGENT("代办员代办"),
    API("上级平台推送");

    private final String label;

    ReceiptChannel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
