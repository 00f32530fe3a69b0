package org.yangguang.disclosure;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.SystemText;

/**
 * An item's content as stored: the body sanitised to a safe subset of HTML (the rich-text editor
 * sends HTML, and anything else can be posted to the API), and the same as plain text for search.
 */
public record ItemContent(String title, String documentNumber, LocalDate formedOn, String body, String bodyText,
        Long supersedesId) {

    /**
     * Paragraphs, lists, tables, emphasis, headings and links (http, https, mailto, or relative to
     * the portal) — no scripts, styles, images or event handlers.
     */
    private static final Safelist BODY = Safelist.relaxed().removeTags("img").removeProtocols("a", "href", "ftp")
            .addAttributes("a", "target").addEnforcedAttribute("a", "rel", "noopener noreferrer")
            .preserveRelativeLinks(true);

    public static ItemContent of(ItemForm form) {
        String clean = sanitise(form.getBody());
        String text = plainText(clean);
        if (text.isBlank()) throw new InvalidInputException("body", SystemText.of("item.bodyMissing"));
        String number = form.getDocumentNumber() == null || form.getDocumentNumber().isBlank() ? null : form.getDocumentNumber().trim();
        return new ItemContent(form.getTitle().trim(), number, form.getFormedOn(), clean, text, form.getSupersedesId());
    }

    public static String sanitise(String html) {
        Document.OutputSettings out = new Document.OutputSettings().prettyPrint(false);
        // a base address only lets jsoup check relative links' protocol; they stay relative
        return Jsoup.clean(html == null ? "" : html, "https://portal.invalid/", BODY, out);
    }

    public static String plainText(String html) {
        return Jsoup.parse(html).text().trim();
    }
}
