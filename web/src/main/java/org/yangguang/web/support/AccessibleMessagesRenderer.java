package org.yangguang.web.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' list of messages with list items that stay list items. PrimeFaces writes each message
 * as {@code <li role="alert">} inside a {@code <ul>}: the role takes the item out of the list, which
 * WCAG 1.3.1 (axe: "list") counts as a violation on every page showing a message. The container
 * already announces its content ({@code aria-live="polite"}), so the items need no role of their own.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages uiMessages, FacesMessage msg, String severity,
            boolean escape) throws IOException {
        super.encodeMessage(new WithoutAlertRole(writer), uiMessages, msg, severity, escape);
    }

    /** Drops {@code role="alert"}; everything else is written as it is. */
    private static final class WithoutAlertRole extends ResponseWriterWrapper {
        WithoutAlertRole(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if ("role".equals(name) && "alert".equals(value)) return;
            super.writeAttribute(name, value, property);
        }
    }
}
