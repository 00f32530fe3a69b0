package org.yangguang.disclosure;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * An annual report as a printable document, independent of the output format: the PDF, the portal's
 * HTML page and the publication bundle all render this one model, so they cannot disagree.
 *
 * @param title      e.g. "某县人民政府2026年政府信息公开工作年度报告"
 * @param subtitle   a line under the title (agency, published date), may be empty
 * @param sections   in order, 一 to 六
 */
public record ReportDocument(String title, String subtitle, List<Section> sections) implements Serializable {

    public ReportDocument {
        Objects.requireNonNull(title);
        subtitle = subtitle == null ? "" : subtitle;
        sections = List.copyOf(sections);
    }

    /** A numbered section: heading such as "一、总体情况" and its blocks. */
    public record Section(String heading, List<Block> blocks) implements Serializable {
        public Section {
            Objects.requireNonNull(heading);
            blocks = List.copyOf(blocks);
        }
    }

    /** A paragraph or a table. */
    public sealed interface Block extends Serializable permits Paragraph, Table {}

    /** Plain text; line breaks in the text start new paragraphs. */
    public record Paragraph(String text) implements Block {
        public Paragraph {
            text = text == null ? "" : text;
        }
    }

    /**
     * A table in the national layout: header rows whose cells may span columns and rows (table 三's
     * "申请人情况 / 法人或其他组织 / 商业企业…"), then body rows. Every body row has exactly
     * {@code columns} cells; a body cell may span columns too (table 三's left labels span two or
     * three label columns). {@code indent} on a body cell (0–2) is a sub-row level.
     */
    public record Table(String caption, int columns, List<List<Cell>> header, List<List<Cell>> body) implements Block {
        public Table {
            caption = caption == null ? "" : caption;
            if (columns < 1) throw new IllegalArgumentException("columns");
            header = header.stream().map(List::copyOf).toList();
            body = body.stream().map(List::copyOf).toList();
        }
    }

    /** One cell; {@code numeric} cells are right-aligned (or centred) and never wrapped. */
    public record Cell(String text, int colspan, int rowspan, boolean numeric, int indent) implements Serializable {
        public Cell {
            text = text == null ? "" : text;
            if (colspan < 1 || rowspan < 1 || indent < 0) throw new IllegalArgumentException("span");
        }

        public static Cell text(String text) {
            return new Cell(text, 1, 1, false, 0);
        }

        public static Cell span(String text, int colspan, int rowspan) {
            return new Cell(text, colspan, rowspan, false, 0);
        }

        public static Cell number(long value) {
            return new Cell(Long.toString(value), 1, 1, true, 0);
        }

        public static Cell number(String formatted) {
            return new Cell(formatted, 1, 1, true, 0);
        }
    }
}
