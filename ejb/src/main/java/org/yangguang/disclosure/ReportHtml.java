package org.yangguang.disclosure;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.yangguang.disclosure.ReportDocument.Block;
import org.yangguang.disclosure.ReportDocument.Cell;
import org.yangguang.disclosure.ReportDocument.Paragraph;
import org.yangguang.disclosure.ReportDocument.Section;
import org.yangguang.disclosure.ReportDocument.Table;

/**
 * The annual report as HTML: a standalone page for the portal and the publication bundle
 * ({@link #render}), or just its content for a JSF page ({@link #fragment}, output with
 * {@code escape="false"}). All text from the model is escaped here, so an applicant's or an
 * editor's "&lt;script&gt;" shows as text. Pure and thread-safe.
 */
public final class ReportHtml {

    /** Print-friendly styles, all under {@code .disclosure-report} so a host page is not affected. */
    private static final String CSS = """
            @page { size: A4; margin: 2cm; }
            .disclosure-report { font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif;
              color: #000; line-height: 1.8; max-width: 60em; margin: 0 auto; padding: 1em; }
            .disclosure-report h1 { font-size: 1.6em; text-align: center; margin: .5em 0 .2em; }
            .disclosure-report p.subtitle { text-align: center; text-indent: 0; margin: 0 0 1.5em; }
            .disclosure-report h2 { font-size: 1.25em; margin: 1.2em 0 .4em; }
            .disclosure-report p { text-indent: 2em; margin: 0 0 .4em; }
            .disclosure-report table { border-collapse: collapse; width: 100%; margin: .6em 0 1.2em; font-size: .85em; line-height: 1.4; }
            .disclosure-report caption { font-weight: bold; padding-bottom: .3em; }
            .disclosure-report th, .disclosure-report td { border: 1px solid #000; padding: .25em .4em; vertical-align: middle; }
            .disclosure-report th { text-align: center; font-weight: normal; background: #f2f2f2; }
            .disclosure-report td.num { text-align: center; white-space: nowrap; font-variant-numeric: tabular-nums; }
            @media print {
              .disclosure-report { max-width: none; padding: 0; }
              .disclosure-report thead { display: table-header-group; }
              .disclosure-report tr { page-break-inside: avoid; }
              .disclosure-report h2 { page-break-after: avoid; }
              .disclosure-report th { background: none; }
            }
            """;

    private ReportHtml() {
    }

    /** A complete HTML5 page with its own styles. */
    public static String render(ReportDocument doc) {
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(doc.title()) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n"
                + fragment(doc) + "</body>\n</html>\n";
    }

    /**
     * The report's content only, one {@code <article class="disclosure-report">}; its look comes from
     * {@link #stylesheet()} (the grid and the indents hold without it).
     */
    public static String fragment(ReportDocument doc) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<article class=\"disclosure-report\" lang=\"zh-CN\">\n<header>\n<h1>")
                .append(escape(doc.title())).append("</h1>\n");
        if (!doc.subtitle().isBlank()) html.append("<p class=\"subtitle\">").append(lines(doc.subtitle().strip())).append("</p>\n");
        html.append("</header>\n");
        for (Section s : doc.sections()) section(html, s);
        return html.append("</article>\n").toString();
    }

    /** The styles of {@link #render}'s page, for a host page that embeds {@link #fragment}. */
    public static String stylesheet() {
        return CSS;
    }

    /** Text for element content and quoted attribute values (the publication bundle's pages use it too). */
    public static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static void section(StringBuilder html, Section s) {
        html.append("<section>\n<h2>").append(escape(s.heading())).append("</h2>\n");
        for (Block b : s.blocks()) {
            if (b instanceof Paragraph p) paragraphs(html, p.text());
            else if (b instanceof Table t) table(html, t);
        }
        html.append("</section>\n");
    }

    /** Each line of the text is a paragraph of its own (the model's rule). */
    private static void paragraphs(StringBuilder html, String text) {
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) html.append("<p>").append(escape(line.strip())).append("</p>\n");
        }
    }

    private static void table(StringBuilder html, Table t) {
        html.append("<table>\n");
        if (!t.caption().isBlank()) html.append("<caption>").append(escape(t.caption().strip())).append("</caption>\n");
        if (!t.header().isEmpty()) {
            html.append("<thead>\n");
            for (List<Cell> row : t.header()) row(html, row, true);
            html.append("</thead>\n");
        }
        html.append("<tbody>\n");
        for (List<Cell> row : t.body()) row(html, row, false);
        html.append("</tbody>\n</table>\n");
    }

    private static void row(StringBuilder html, List<Cell> cells, boolean header) {
        html.append("<tr>");
        for (Cell c : cells) cell(html, c, header);
        html.append("</tr>\n");
    }

    private static void cell(StringBuilder html, Cell c, boolean header) {
        String tag = header ? "th" : "td";
        html.append('<').append(tag);
        if (header) html.append(" scope=\"").append(c.colspan() > 1 ? "colgroup" : "col").append('"');
        if (c.colspan() > 1) html.append(" colspan=\"").append(c.colspan()).append('"');
        if (c.rowspan() > 1) html.append(" rowspan=\"").append(c.rowspan()).append('"');
        if (c.numeric()) html.append(" class=\"num\"");
        // inline, not a class: the sub-row level must show even where the stylesheet is missing
        if (!header && c.indent() > 0) html.append(" style=\"padding-left:").append(c.indent()).append(".4em\""); // 1.4em, 2.4em
        html.append('>').append(lines(c.text().strip())).append("</").append(tag).append('>');
    }

    /** Escaped text whose line breaks become {@code <br>}. */
    private static String lines(String text) {
        return Arrays.stream(text.split("\\R", -1)).map(ReportHtml::escape).collect(Collectors.joining("<br>"));
    }
}
