package org.yangguang.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The Atom feed (RFC 4287) of published items, read back with a namespace-aware parser. */
class AtomFeedTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String FEED_ID = "urn:yangguang:disclosure:GFXWJ";
    private static final String SELF = "https://gk.example.gov.cn/feeds/GFXWJ.atom";
    private static final String SITE = "https://gk.example.gov.cn/";
    private static final Instant UPDATED = Instant.parse("2026-12-01T02:03:04.567Z");

    private static AtomFeed.Entry entry(long id, String title, String number, String text) {
        return new AtomFeed.Entry(id, title, number, "行政规范性文件", "阳光县市场监督管理局",
                Instant.parse("2026-11-30T08:00:00Z"), text, "https://gk.example.gov.cn/items/" + id);
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    /** The Atom children of {@code parent} called {@code name}. */
    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) out.add(e);
        }
        return out;
    }

    static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertEquals(1, found.size(), "one <" + name + "> in <" + parent.getLocalName() + ">");
        return found.get(0);
    }

    static String text(Element parent, String name) {
        return child(parent, name).getTextContent();
    }

    static Element link(Element parent, String rel) {
        return children(parent, "link").stream().filter(l -> rel.equals(l.getAttribute("rel"))).findFirst().orElseThrow();
    }

    @Test
    void theFeedsOwnElements() throws Exception {
        String xml = AtomFeed.of(FEED_ID, "阳光县 行政规范性文件", SELF, SITE, UPDATED, List.of(entry(1, "办法", null, "正文")));
        assertTrue(xml.matches("(?s)<\\?xml version=[\"']1\\.0[\"'] encoding=[\"']UTF-8[\"']\\?>\\s*<feed .*"),
                xml.substring(0, Math.min(60, xml.length())));
        Element feed = parse(xml).getDocumentElement();
        assertEquals("feed", feed.getLocalName());
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("zh-CN", feed.getAttributeNS(XMLConstants.XML_NS_URI, "lang"));
        assertEquals(FEED_ID, text(feed, "id"));
        assertEquals("阳光县 行政规范性文件", text(feed, "title"));
        assertEquals("2026-12-01T02:03:04Z", text(feed, "updated"), "RFC 3339 in UTC, whole seconds");
        Element self = link(feed, "self");
        assertEquals(SELF, self.getAttribute("href"));
        assertEquals("application/atom+xml", self.getAttribute("type"));
        Element alternate = link(feed, "alternate");
        assertEquals(SITE, alternate.getAttribute("href"));
        assertEquals("text/html", alternate.getAttribute("type"));
        assertEquals(AnnualReports.COUNTY_NAME, text(child(feed, "author"), "name"));
        assertEquals(1, children(feed, "entry").size());
    }

    @Test
    void theEntries() throws Exception {
        String xml = AtomFeed.of(FEED_ID, "t", SELF, SITE, UPDATED, List.of(
                entry(42, "关于印发《阳光县政府信息公开办法》的通知", "阳政发〔2026〕3号", "第一条　为了保障公民依法获取政府信息。"),
                entry(43, "没有文号的通知", null, "正文")));
        List<Element> entries = children(parse(xml).getDocumentElement(), "entry");
        assertEquals(2, entries.size());

        Element first = entries.get(0);
        assertEquals("urn:yangguang:disclosure-item:42", text(first, "id"));
        assertEquals("关于印发《阳光县政府信息公开办法》的通知（阳政发〔2026〕3号）", text(first, "title"));
        assertEquals("2026-11-30T08:00:00Z", text(first, "published"));
        assertEquals("2026-11-30T08:00:00Z", text(first, "updated"));
        assertEquals("https://gk.example.gov.cn/items/42", link(first, "alternate").getAttribute("href"));
        assertEquals("text/html", link(first, "alternate").getAttribute("type"));
        assertEquals("行政规范性文件", child(first, "category").getAttribute("term"));
        assertEquals("阳光县市场监督管理局", text(child(first, "author"), "name"));
        assertEquals("第一条　为了保障公民依法获取政府信息。", text(first, "summary"));

        Element second = entries.get(1);
        assertEquals("urn:yangguang:disclosure-item:43", text(second, "id"));
        assertEquals("没有文号的通知", text(second, "title"), "no empty （）");
    }

    @Test
    void aLongTextIsCutToTwoHundredCharactersAndAnEllipsis() throws Exception {
        String exactly200 = "政".repeat(200);
        String longer = "府".repeat(199) + "信息公开";
        String xml = AtomFeed.of(FEED_ID, "t", SELF, SITE, UPDATED, List.of(entry(1, "a", null, exactly200), entry(2, "b", null, longer)));
        List<Element> entries = children(parse(xml).getDocumentElement(), "entry");
        assertEquals(exactly200, text(entries.get(0), "summary"), "200 characters are not cut");
        String cut = text(entries.get(1), "summary");
        assertEquals("府".repeat(199) + "信…", cut);
        assertEquals(201, cut.length());
    }

    @Test
    void markupInTheTextIsEscapedAndReadsBackAsWritten() throws Exception {
        String title = "A < B & C > D ]]> \"引号\" 'apos'";
        String number = "<阳政发>〔2026〕&1号";
        String text = "<script>alert('x')</script> & ]]> &amp; <![CDATA[ x ]]>";
        String category = "规范性文件 & \"其他\" <b>";
        AtomFeed.Entry e = new AtomFeed.Entry(7, title, number, category, "局 & 办", Instant.parse("2026-11-30T08:00:00Z"), text,
                "https://gk.example.gov.cn/items?id=7&lang=zh");
        String xml = AtomFeed.of("urn:x&y", "订阅 <全部>", SELF + "?a=1&b=2", SITE, UPDATED, List.of(e));
        assertFalse(xml.contains("<script>"), xml);
        assertFalse(xml.contains("<b>"), xml);

        Element feed = parse(xml).getDocumentElement();
        assertEquals("urn:x&y", text(feed, "id"));
        assertEquals("订阅 <全部>", text(feed, "title"));
        assertEquals(SELF + "?a=1&b=2", link(feed, "self").getAttribute("href"));
        Element entry = child(feed, "entry");
        assertEquals(title + "（" + number + "）", text(entry, "title"));
        assertEquals(text, text(entry, "summary"));
        assertEquals(category, child(entry, "category").getAttribute("term"));
        assertEquals("局 & 办", text(child(entry, "author"), "name"));
        assertEquals("https://gk.example.gov.cn/items?id=7&lang=zh", link(entry, "alternate").getAttribute("href"));
        assertTrue(child(entry, "summary").getChildNodes().getLength() >= 1);
        NodeList nested = child(entry, "summary").getElementsByTagNameNS("*", "*");
        assertEquals(0, nested.getLength(), "no element came through the text");
    }

    @Test
    void anEmptyFeedIsValid() throws Exception {
        String xml = AtomFeed.of(FEED_ID, "暂无信息", SELF, SITE, UPDATED, List.of());
        Element feed = parse(xml).getDocumentElement();
        assertEquals("feed", feed.getLocalName());
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals(FEED_ID, text(feed, "id"));
        assertEquals("暂无信息", text(feed, "title"));
        assertEquals("2026-12-01T02:03:04Z", text(feed, "updated"));
        assertEquals(SELF, link(feed, "self").getAttribute("href"));
        assertEquals(0, children(feed, "entry").size());
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsNotCutInHalf() throws Exception {
        String rare = new String(Character.toChars(0x20000));
        String text = "字".repeat(199) + rare + "后文";
        String xml = AtomFeed.of(FEED_ID, "t", SELF, SITE, UPDATED, List.of(entry(1, "a", null, text)));
        String summary = text(child(parse(xml).getDocumentElement(), "entry"), "summary");
        assertTrue(summary.equals("字".repeat(199) + rare + "…") || summary.equals("字".repeat(199) + "…"), summary);
    }

    @Test
    void charactersXmlCannotCarryDoNotBreakTheFeed() throws Exception {
        String xml = AtomFeed.of(FEED_ID, "t", SELF, SITE, UPDATED,
                List.of(entry(1, "标题\u000b换行", null, "甲\u0001乙")));
        Element entry = child(parse(xml).getDocumentElement(), "entry");
        assertTrue(text(entry, "title").startsWith("标题") && text(entry, "title").endsWith("换行"));
        assertTrue(text(entry, "summary").startsWith("甲") && text(entry, "summary").endsWith("乙"));
    }
}
