package org.yangguang.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yangguang.disclosure.ReportDocument.Cell;
import org.yangguang.disclosure.ReportDocument.Paragraph;
import org.yangguang.disclosure.ReportDocument.Section;
import org.yangguang.disclosure.ReportDocument.Table;

class ReportHtmlTest {

    @Test
    void aCompletePageInChineseWithTitleSectionsAndStyles() {
        ReportDocument doc = ReportPdfTest.sampleReport();
        String html = ReportHtml.render(doc);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">"), html.substring(0, 60));
        assertTrue(html.contains("<meta charset=\"UTF-8\">"));
        assertTrue(html.contains("<title>" + ReportPdfTest.TITLE + "</title>"));
        assertTrue(html.contains("<style>") && html.contains("border-collapse: collapse") && html.contains("@media print"));
        assertTrue(html.contains("<h1>" + ReportPdfTest.TITLE + "</h1>"));
        assertTrue(html.contains("<p class=\"subtitle\">示例县人民政府办公室"));
        assertEquals(6, count(html, "<h2>"));
        assertTrue(html.contains("<h2>六、其他需要报告的事项</h2>"));
        assertTrue(html.contains(ReportHtml.fragment(doc)));
        assertTrue(html.trim().endsWith("</body>\n</html>"));
    }

    @Test
    void theFragmentIsTheContentOnly() {
        String fragment = ReportHtml.fragment(ReportPdfTest.sampleReport());
        assertTrue(fragment.startsWith("<article class=\"disclosure-report\""));
        assertTrue(fragment.trim().endsWith("</article>"));
        assertFalse(fragment.contains("<html") || fragment.contains("<head>") || fragment.contains("<body") || fragment.contains("<style"));
        assertEquals(count(fragment, "<section>"), count(fragment, "</section>"));
        assertEquals(count(fragment, "<table>"), count(fragment, "</table>"));
        assertEquals(count(fragment, "<tr>"), count(fragment, "</tr>"));
    }

    @Test
    void tablesKeepTheirSpansAndNumberCells() {
        String html = ReportHtml.fragment(ReportPdfTest.sampleReport());
        assertTrue(html.contains("<th scope=\"colgroup\" colspan=\"3\" rowspan=\"3\">本列数据的勾稽关系为"), html);
        assertTrue(html.contains("<th scope=\"colgroup\" colspan=\"7\">申请人情况</th>"));
        assertTrue(html.contains("<th scope=\"col\" rowspan=\"2\">自然人</th>"));
        assertTrue(html.contains("<td rowspan=\"22\">三、本年度办理结果</td>"));
        assertTrue(html.contains("<td rowspan=\"8\">（三）不予公开</td><td>1.属于国家秘密</td><td class=\"num\">"));
        assertTrue(html.contains("<td colspan=\"3\">一、本年新收政府信息公开申请数量</td><td class=\"num\">4000</td>"));
        assertTrue(html.contains("<td class=\"num\">4321</td></tr>"));
        assertTrue(html.contains("<th scope=\"colgroup\" colspan=\"10\">行政诉讼</th>"));
        assertTrue(html.contains("<td style=\"padding-left:2.4em\">县政府办公室文件</td>"));
        assertTrue(html.contains("<caption>（一）规章和规范性文件</caption>"));
        // table 三: 3 header rows and 25 body rows
        String table3 = html.substring(html.indexOf("<table>", html.indexOf("三、收到和处理")), html.indexOf("</table>", html.indexOf("三、收到和处理")));
        assertEquals(3, count(table3.substring(0, table3.indexOf("</thead>")), "<tr>"));
        assertEquals(25, count(table3.substring(table3.indexOf("<tbody>")), "<tr>"));
    }

    @Test
    void everyTextIsEscaped() {
        String evil = "<script>alert('x')</script> & \"q\"";
        String escaped = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;";
        ReportDocument doc = new ReportDocument("标题" + evil, "副标题" + evil, List.of(new Section("一、总体情况" + evil, List.of(
                new Paragraph("段落" + evil),
                new Table("表题" + evil, 2, List.of(List.of(Cell.text("表头" + evil), Cell.text("数量"))),
                        List.of(List.of(Cell.text("单元格" + evil), Cell.number(evil))))))));
        String html = ReportHtml.render(doc);
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("alert('x')"));
        for (String where : List.of("<title>标题", "<h1>标题", "<p class=\"subtitle\">副标题", "<h2>一、总体情况", "<p>段落",
                "<caption>表题", "<th scope=\"col\">表头", "<td>单元格", "<td class=\"num\">")) {
            assertTrue(html.contains(where + escaped), where);
        }
        assertEquals("&amp;lt; &#39;&quot;&gt;", ReportHtml.escape("&lt; '\">"));
    }

    @Test
    void eachLineOfAParagraphIsAParagraph() {
        ReportDocument doc = new ReportDocument("报告", "", List.of(new Section("一、总体情况", List.of(
                new Paragraph("第一段\n第二段\r\n\n  \n第三段"),
                new Table("", 1, List.of(), List.of(List.of(Cell.text("上行\n下行"))))))));
        String html = ReportHtml.fragment(doc);
        assertTrue(html.contains("<p>第一段</p>\n<p>第二段</p>\n<p>第三段</p>\n"), html);
        assertEquals(3, count(html, "<p>"));
        assertTrue(html.contains("<td>上行<br>下行</td>"));
        assertFalse(html.contains("<thead>"), "no header rows, no thead");
        assertFalse(html.contains("subtitle"), "no empty subtitle");
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
