package org.yangguang.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yangguang.shared.InvalidInputException;

/** An item's body as stored: sanitised HTML, and the same as plain text for the keyword search. */
class ItemContentTest {

    static ItemForm form(String title, String number, String body) {
        ItemForm f = new ItemForm();
        f.setCategoryCode("GFXWJ");
        f.setTitle(title);
        f.setDocumentNumber(number);
        f.setFormedOn(LocalDate.of(2026, 3, 2));
        f.setBody(body);
        f.setSupersedesId(17L);
        return f;
    }

    static ItemContent of(String body) {
        return ItemContent.of(form("标题", null, body));
    }

    @Nested
    class Removed {
        @Test
        void scriptsWithTheirCode() {
            String clean = ItemContent.sanitise("<p>甲<script>alert('x')</script>乙</p><script src=\"http://evil/x.js\"></script>");
            assertEquals("<p>甲乙</p>", clean);
        }

        @Test
        void eventHandlersAndStyleAttributes() {
            String clean = ItemContent.sanitise("<p onclick=\"steal()\" onmouseover=\"x()\" style=\"color:red\">正文</p>");
            assertEquals("<p>正文</p>", clean);
        }

        @ParameterizedTest
        @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "java&#x09;script:alert(1)",
            "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox(1)"})
        void linksThatRunCode(String href) {
            String clean = ItemContent.sanitise("<a href=\"" + href + "\">点此</a>");
            assertFalse(clean.contains("href"), clean);
            assertFalse(clean.toLowerCase().contains("script"), clean);
            assertTrue(clean.contains(">点此</a>"), "the text stays: " + clean);
        }

        @Test
        void styleTagsAndTheirRules() {
            String clean = ItemContent.sanitise("<style>body{display:none}</style><p>正文</p>");
            assertEquals("<p>正文</p>", clean);
        }

        @Test
        void images() {
            String clean = ItemContent.sanitise("<p>图<img src=\"https://example.org/a.png\" alt=\"示意图\" onerror=\"x()\"></p>");
            assertEquals("<p>图</p>", clean);
        }

        @Test
        void framesFormsAndSvg() {
            String clean = ItemContent.sanitise("<iframe src=\"https://x\"></iframe><form action=\"/x\"><input name=\"a\"></form>"
                    + "<svg onload=\"alert(1)\"><circle r=\"1\"></circle></svg><object data=\"x\"></object><p>留下</p>");
            assertEquals("<p>留下</p>", clean);
        }

        @Test
        void nullIsEmpty() {
            assertEquals("", ItemContent.sanitise(null));
        }
    }

    @Nested
    class Kept {
        @Test
        void paragraphsListsAndEmphasis() {
            String html = "<h2>第一章</h2><p>第一条 <b>重点</b><strong>强调</strong><em>斜</em></p><ul><li>甲</li><li>乙</li></ul>"
                    + "<ol><li>一</li></ol><blockquote>引文</blockquote>";
            assertEquals(html, ItemContent.sanitise(html));
        }

        @Test
        void tablesWithTheirSpans() {
            String html = "<table><thead><tr><th>项目</th><th>金额</th></tr></thead>"
                    + "<tbody><tr><td colspan=\"2\">合计</td></tr></tbody></table>";
            assertEquals(html, ItemContent.sanitise(html));
        }

        @ParameterizedTest
        @ValueSource(strings = {"http://www.gov.cn/zhengce/", "https://example.org/a?b=1", "mailto:gongkai@example.gov.cn"})
        void linksWithSafeProtocolsGetRelNoopener(String href) {
            String clean = ItemContent.sanitise("<a href=\"" + href + "\" target=\"_blank\">链接</a>");
            assertEquals("<a href=\"" + href.replace("&", "&amp;") + "\" target=\"_blank\" rel=\"noopener noreferrer\">链接</a>", clean);
        }

        @Test
        void aRelGivenByTheAuthorIsReplaced() {
            String clean = ItemContent.sanitise("<a href=\"https://example.org/\" rel=\"opener\">链接</a>");
            assertEquals("<a href=\"https://example.org/\" rel=\"noopener noreferrer\">链接</a>", clean);
        }

        @Test
        void textIsEscapedNotDropped() {
            assertEquals("<p>1 &lt; 2 &amp;&amp; 3 &gt; 2</p>", ItemContent.sanitise("<p>1 &lt; 2 &amp;&amp; 3 &gt; 2</p>"));
        }
    }

    @Nested
    class FromTheForm {
        @Test
        void theBodyIsSanitisedAndItsTextExtracted() {
            ItemContent c = ItemContent.of(form("  关于印发《阳光县政府信息公开办法》的通知  ", null,
                    "<p onclick=\"x()\">第一条　为了保障公民依法获取政府信息。</p><script>x()</script>"
                            + "<ul><li>公开</li><li>不公开</li></ul><p>1 &lt; 2 &amp; 3</p>"));
            assertEquals("关于印发《阳光县政府信息公开办法》的通知", c.title());
            assertEquals("<p>第一条　为了保障公民依法获取政府信息。</p><ul><li>公开</li><li>不公开</li></ul><p>1 &lt; 2 &amp; 3</p>", c.body());
            assertEquals("第一条　为了保障公民依法获取政府信息。 公开 不公开 1 < 2 & 3", c.bodyText());
            assertEquals(LocalDate.of(2026, 3, 2), c.formedOn());
            assertEquals(17L, c.supersedesId());
        }

        @Test
        void theTextHasNoMarkupLeft() {
            ItemContent c = of("<h2>标题</h2><table><tr><td>甲</td><td>乙</td></tr></table><a href=\"https://x.cn\">链接</a>");
            assertEquals("标题 甲 乙 链接", c.bodyText());
            assertFalse(c.bodyText().contains("<"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"<script>alert(1)</script>", "<style>p{}</style>", "<img src=\"https://x/a.png\">", "<p>&nbsp;</p>",
            "<p><br></p>", "   ", ""})
        void aBodyWithNothingLeftToReadIsRefused(String body) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> of(body));
            assertEquals("body: 请填写正文", e.getMessage());
            assertEquals(1, e.errors().size());
            assertTrue(e.errors().get(0).startsWith("body: "));
        }

        @Test
        void aBlankDocumentNumberIsNone() {
            assertNull(ItemContent.of(form("标题", "", "<p>x</p>")).documentNumber());
            assertNull(ItemContent.of(form("标题", "   ", "<p>x</p>")).documentNumber());
            assertNull(ItemContent.of(form("标题", null, "<p>x</p>")).documentNumber());
        }

        @Test
        void aDocumentNumberIsTrimmed() {
            assertEquals("阳政发〔2026〕3号", ItemContent.of(form("标题", "  阳政发〔2026〕3号 ", "<p>x</p>")).documentNumber());
        }
    }
}
