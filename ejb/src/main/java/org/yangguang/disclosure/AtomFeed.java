package org.yangguang.disclosure;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An Atom feed (RFC 4287) of published items, for the portal and the publication bundle alike.
 * Written with StAX, which escapes every text; entries carry the plain-text summary, never the
 * body's HTML.
 */
public final class AtomFeed {
    private static final String NS = "http://www.w3.org/2005/Atom";
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
    private static final int SUMMARY_LENGTH = 200;

    private AtomFeed() {}

    /** One entry: {@code link} is the item's public page. */
    public record Entry(long id, String title, String documentNumber, String category, String agency, Instant published,
            String text, String link) {}

    /**
     * @param id      the feed's permanent id, e.g. "urn:yangguang:disclosure:GFXWJ"
     * @param self    the feed's own URL
     * @param updated the newest entry's time (or now for an empty feed)
     */
    public static String of(String id, String title, String self, String site, Instant updated, List<Entry> entries) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XML.createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("feed");
            w.writeDefaultNamespace(NS);
            w.writeAttribute("xml:lang", "zh-CN");
            text(w, "id", id);
            text(w, "title", title);
            text(w, "updated", time(updated));
            link(w, "self", self, "application/atom+xml");
            link(w, "alternate", site, "text/html");
            w.writeStartElement("author");
            text(w, "name", AnnualReports.COUNTY_NAME);
            w.writeEndElement();
            for (Entry e : entries) entry(w, e);
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Atom feed", e);
        }
        return out.toString();
    }

    private static void entry(XMLStreamWriter w, Entry e) throws XMLStreamException {
        w.writeStartElement("entry");
        text(w, "id", "urn:yangguang:disclosure-item:" + e.id());
        text(w, "title", e.documentNumber() == null ? e.title() : e.title() + "（" + e.documentNumber() + "）");
        text(w, "updated", time(e.published()));
        text(w, "published", time(e.published()));
        link(w, "alternate", e.link(), "text/html");
        w.writeEmptyElement("category");
        w.writeAttribute("term", e.category());
        w.writeStartElement("author");
        text(w, "name", e.agency());
        w.writeEndElement();
        String text = e.text();
        // counted in characters, not UTF-16 units: a rare character (CJK Ext-B) is never cut in half
        String summary = text.codePointCount(0, text.length()) > SUMMARY_LENGTH
                ? text.substring(0, text.offsetByCodePoints(0, SUMMARY_LENGTH)) + "…" : text;
        text(w, "summary", summary);
        w.writeEndElement();
    }

    private static void text(XMLStreamWriter w, String element, String text) throws XMLStreamException {
        w.writeStartElement(element);
        w.writeCharacters(text == null ? "" : xmlCharacters(text));
        w.writeEndElement();
    }

    /**
     * Drops what XML 1.0 cannot carry (control characters pasted from word processors, lone
     * surrogates): one such character must not take the whole feed down.
     */
    static String xmlCharacters(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF)).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static void link(XMLStreamWriter w, String rel, String href, String type) throws XMLStreamException {
        w.writeEmptyElement("link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("type", type);
        w.writeAttribute("href", href);
    }

    private static String time(Instant t) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atOffset(ZoneOffset.UTC).withNano(0));
    }
}
