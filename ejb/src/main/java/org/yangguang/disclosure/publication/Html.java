package org.yangguang.disclosure.publication;

import org.yangguang.disclosure.ReportHtml;

/** The static pages of the bundle: one plain, printable layout, every text escaped. */
final class Html {
    private static final String CSS = "body{font-family:'Noto Sans SC','Microsoft YaHei',sans-serif;max-width:60em;margin:1em auto;"
            + "padding:0 1em;color:#222}table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.3em .5em;"
            + "text-align:left;vertical-align:top}th{background:#eef3f8}.num{text-align:right}.hint{color:#666;font-size:.9em}"
            + "nav a{margin-right:1em}";

    private Html() {}

    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><meta name=\"viewport\""
                + " content=\"width=device-width, initial-scale=1\"><title>" + esc(title) + "</title><style>" + CSS
                + "</style></head><body><nav><a href=\"/index.html\">首页</a><a href=\"/guide/index.html\">办事指南</a>"
                + "<a href=\"/disclosure/index.html\">政府信息公开</a><a href=\"/stats/index.html\">办件统计</a>"
                + "<a href=\"/reports/index.html\">年度报告</a></nav><h1>" + esc(title) + "</h1>" + body + "</body></html>\n";
    }

    static String esc(Object value) {
        return value == null ? "" : ReportHtml.escape(value.toString());
    }

    static String row(Object... cells) {
        StringBuilder b = new StringBuilder("<tr>");
        for (Object c : cells) b.append(c instanceof Number ? "<td class=\"num\">" : "<td>").append(esc(c)).append("</td>");
        return b.append("</tr>").toString();
    }

    static String head(String... cells) {
        StringBuilder b = new StringBuilder("<tr>");
        for (String c : cells) b.append("<th>").append(esc(c)).append("</th>");
        return b.append("</tr>").toString();
    }
}
