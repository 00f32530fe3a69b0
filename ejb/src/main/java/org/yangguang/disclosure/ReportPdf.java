package org.yangguang.disclosure;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.yangguang.disclosure.ReportDocument.Block;
import org.yangguang.disclosure.ReportDocument.Cell;
import org.yangguang.disclosure.ReportDocument.Paragraph;
import org.yangguang.disclosure.ReportDocument.Section;
import org.yangguang.disclosure.ReportDocument.Table;

/**
 * The annual report as an A4 PDF (Apache PDFBox): title, numbered sections, paragraphs and the
 * national tables with their spanning header and label cells.
 *
 * <p>The text is set in a Chinese font shipped with the application (a GB2312 subset of WenQuanYi
 * Micro Hei, see {@code resources/fonts/README.md}) and embedded as a subset, so the PDF reads the
 * same everywhere and its text can be searched and copied. A pure function: no container services,
 * safe to call from several threads at once (the only shared state is the font file's bytes and the
 * set of characters it covers, both read once and never changed).
 */
public final class ReportPdf {

    static final String FONT_RESOURCE = "/fonts/WenQuanYiMicroHei-GB2312.ttf";
    /** Stands in for a character the font cannot draw (a rare name character, an emoji). */
    static final char MISSING = '\u25A1';

    private static final byte[] FONT = readFont();
    private static final BitSet COVERED = coverage(FONT);

    private static final float A4_WIDTH = PDRectangle.A4.getWidth();
    private static final float A4_HEIGHT = PDRectangle.A4.getHeight();
    private static final float MARGIN = 2 / 2.54f * 72; // 2 cm in points

    private static final float TITLE_SIZE = 20;
    private static final float SUBTITLE_SIZE = 12;
    private static final float HEADING_SIZE = 15;
    private static final float BODY_SIZE = 12;
    private static final float CAPTION_SIZE = 11;
    private static final float FOOTER_SIZE = 9;
    private static final float BODY_LEADING = 1.6f;
    private static final float TABLE_LEADING = 1.3f;
    /** Table font sizes to try, largest first; wide tables start smaller so their headers stay legible. */
    private static final float[] TABLE_SIZES = {9, 8, 7};
    private static final float[] WIDE_TABLE_SIZES = {8, 7};
    private static final int WIDE_TABLE = 10;
    private static final float CELL_PAD_X = 3;
    private static final float CELL_PAD_Y = 2.5f;
    private static final float RULE = 0.6f;
    /**
     * In this font an ideograph spans about -0.10 to 0.81 em around the baseline: putting the
     * baseline 0.36 em below a line's middle centres Chinese text vertically in a line or a cell.
     */
    private static final float GLYPH_CENTRE = 0.36f;
    private static final float EPS = 0.01f;

    /** Closing punctuation must not start a line and opening punctuation must not end one (避头尾). */
    private static final String CLOSING = "，。、；：？！）》」』】〕〉”’…%％,.;:?!)]}";
    private static final String OPENING = "（《「『【〔〈“‘([{";

    private ReportPdf() {
    }

    /** The report as PDF bytes. */
    public static byte[] render(ReportDocument doc) {
        try (PDDocument pdf = new PDDocument()) {
            // a PDType0Font belongs to one document (it collects the glyphs to embed), so one per call
            PDType0Font font = PDType0Font.load(pdf, new ByteArrayInputStream(FONT), true);
            Writer w = new Writer(pdf, font);
            w.title(doc.title(), doc.subtitle());
            for (Section s : doc.sections()) {
                w.heading(s.heading());
                for (Block b : s.blocks()) {
                    if (b instanceof Paragraph p) w.paragraphs(p.text());
                    else if (b instanceof Table t) w.table(t);
                }
            }
            w.finish();
            numberPages(pdf, font);
            describe(pdf, doc.title());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF of the annual report", e);
        }
    }

    /**
     * The text with every character the embedded font lacks replaced by □ (showing it would throw),
     * tabs as spaces, line breaks as {@code \n}, other control and format characters dropped.
     */
    static String printable(String text) {
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\n') b.append('\n');
            else if (cp == '\t') b.append(' ');
            else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
                    || (cp >= 0xFE00 && cp <= 0xFE0F)) return; // variation selectors follow emoji: one □ is enough
            else if (COVERED.get(cp)) b.appendCodePoint(cp);
            else b.append(MISSING);
        });
        return b.toString();
    }

    /**
     * Break units for wrapping: a run of ASCII letters, digits and signs (a word, a number, a URL)
     * stays together, a space is its own unit, any other character is one unit; closing
     * punctuation is glued to the unit before it and opening punctuation to the unit after it.
     */
    static List<String> tokens(String text) {
        List<String> raw = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int end = i + Character.charCount(cp);
            if (isWordChar(cp)) while (end < text.length() && isWordChar(text.charAt(end))) end++;
            raw.add(text.substring(i, end));
            i = end;
        }
        List<String> out = new ArrayList<>();
        boolean glueNext = false;
        for (String t : raw) {
            int last = out.size() - 1;
            boolean glue = last >= 0 && !t.isBlank() && (glueNext || (CLOSING.contains(t) && !out.get(last).isBlank()));
            if (glue) out.set(last, out.get(last) + t);
            else out.add(t);
            glueNext = OPENING.contains(t);
        }
        return out;
    }

    /** ASCII other than space and opening brackets: "1,234.5", "50%" and "www.gov.cn" hold together. */
    private static boolean isWordChar(int cp) {
        return cp > ' ' && cp < 0x7F && OPENING.indexOf(cp) < 0;
    }

    // ---------------------------------------------------------------------------------------------
    // the font

    private static byte[] readFont() {
        try (InputStream in = ReportPdf.class.getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) throw new IllegalStateException("font missing from the class path: " + FONT_RESOURCE);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(FONT_RESOURCE, e);
        }
    }

    /** The Unicode characters the font has a glyph for (it is a BMP-only subset). */
    private static BitSet coverage(byte[] font) {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            BitSet covered = new BitSet(0x10000);
            for (int cp = ' '; cp < 0x10000; cp++) if (cmap.getGlyphId(cp) > 0) covered.set(cp);
            return covered;
        } catch (IOException e) {
            throw new UncheckedIOException(FONT_RESOURCE, e);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // document-level touches

    /** "第 N 页 共 M 页" under every page: only known once all pages exist, hence a second pass. */
    private static void numberPages(PDDocument pdf, PDType0Font font) throws IOException {
        int total = pdf.getNumberOfPages();
        int n = 0;
        for (PDPage page : pdf.getPages()) {
            String text = "第 " + ++n + " 页 共 " + total + " 页";
            float width = font.getStringWidth(text) / 1000 * FOOTER_SIZE;
            try (PDPageContentStream out = new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                out.beginText();
                out.setFont(font, FOOTER_SIZE);
                out.newLineAtOffset((page.getMediaBox().getWidth() - width) / 2, MARGIN / 2);
                out.showText(text);
                out.endText();
            }
        }
    }

    /** Title and language, for screen readers, search and the viewer's window title. */
    private static void describe(PDDocument pdf, String title) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Yangguang 阳光政务");
        pdf.getDocumentCatalog().setLanguage("zh-CN");
        PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
        prefs.setDisplayDocTitle(true);
        pdf.getDocumentCatalog().setViewerPreferences(prefs);
    }

    // ---------------------------------------------------------------------------------------------
    // the flow of pages

    /** Lays the blocks out top to bottom, starting a new page when the next piece does not fit. */
    private static final class Writer {
        private final PDDocument pdf;
        private final PDType0Font font;
        /** Advance widths in 1/1000 em by code point: measuring is the hot path of wrapping. */
        private final Map<Integer, Float> advances = new HashMap<>();
        private PDPageContentStream out;
        private boolean landscape;
        private float y; // the top of the free space on the current page

        Writer(PDDocument pdf, PDType0Font font) {
            this.pdf = pdf;
            this.font = font;
        }

        float left() {
            return MARGIN;
        }

        float pageWidth() {
            return landscape ? A4_HEIGHT : A4_WIDTH;
        }

        static float contentWidth(boolean landscape) {
            return (landscape ? A4_HEIGHT : A4_WIDTH) - 2 * MARGIN;
        }

        static float contentHeight(boolean landscape) {
            return (landscape ? A4_WIDTH : A4_HEIGHT) - 2 * MARGIN;
        }

        float top() {
            return (landscape ? A4_WIDTH : A4_HEIGHT) - MARGIN;
        }

        boolean freshPage() {
            return y >= top() - EPS;
        }

        /** Makes sure {@code height} points are free on a page of the wanted orientation. */
        void room(float height, boolean wantLandscape) throws IOException {
            if (out == null || landscape != wantLandscape || y - height < MARGIN - EPS) newPage(wantLandscape);
        }

        void newPage(boolean wantLandscape) throws IOException {
            if (out != null) out.close();
            landscape = wantLandscape;
            // a new PDRectangle, not the shared PDRectangle.A4: the page links to its COS array, and
            // PDFBox objects are not meant to be shared between documents built on different threads
            PDPage page = new PDPage(landscape ? new PDRectangle(A4_HEIGHT, A4_WIDTH) : new PDRectangle(A4_WIDTH, A4_HEIGHT));
            pdf.addPage(page);
            out = new PDPageContentStream(pdf, page);
            out.setLineWidth(RULE);
            y = top();
        }

        void finish() throws IOException {
            if (out == null) newPage(false); // an empty report is still a valid one-page PDF
            out.close();
        }

        // --- text

        float width(String text, float size) {
            float units = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                units += advances.computeIfAbsent(cp, this::advance);
                i += Character.charCount(cp);
            }
            return units / 1000 * size;
        }

        private float advance(int cp) {
            try {
                return font.getStringWidth(new String(Character.toChars(cp)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** One line of text with the middle of its glyphs at {@code middle}. */
        void show(String text, float x, float middle, float size) throws IOException {
            if (text.isEmpty()) return;
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, middle - GLYPH_CENTRE * size);
            out.showText(text);
            out.endText();
        }

        /** Greedy line breaking; the first line may be shorter (indent); explicit line breaks kept. */
        List<String> wrap(String text, float size, float firstWidth, float width) {
            List<String> lines = new ArrayList<>();
            for (String part : text.split("\n", -1)) wrapPart(part, size, lines.isEmpty() ? firstWidth : width, width, lines);
            return lines;
        }

        private void wrapPart(String text, float size, float firstWidth, float width, List<String> lines) {
            StringBuilder line = new StringBuilder();
            float used = 0;
            float max = firstWidth;
            for (String t : tokens(text)) {
                if (t.isBlank() && line.length() == 0) continue; // no line starts with a space
                float w = width(t, size);
                if (used + w <= max + EPS) {
                    line.append(t);
                    used += w;
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString().stripTrailing());
                    line.setLength(0);
                    used = 0;
                    max = width;
                    if (t.isBlank()) continue;
                }
                if (w <= max + EPS) {
                    line.append(t);
                    used = w;
                    continue;
                }
                // a unit wider than a whole line (a long URL or number): break it between characters
                for (int i = 0; i < t.length(); ) {
                    int cp = t.codePointAt(i);
                    String c = new String(Character.toChars(cp));
                    float cw = width(c, size);
                    if (used + cw > max + EPS && line.length() > 0) {
                        lines.add(line.toString());
                        line.setLength(0);
                        used = 0;
                        max = width;
                    }
                    line.append(c);
                    used += cw;
                    i += c.length();
                }
            }
            lines.add(line.toString().stripTrailing());
        }

        /**
         * As many lines as greedy wrapping needs, but of even length: a centred title or header reads
         * "结果 / 维持" rather than "结果维 / 持".
         */
        List<String> balanced(String text, float size, float width) {
            List<String> greedy = wrap(text, size, width, width);
            if (greedy.size() < 2 || text.contains("\n")) return greedy;
            for (float w = width(text, size) / greedy.size(); w < width; w += size / 2) {
                List<String> even = wrap(text, size, w, w);
                if (even.size() == greedy.size()) return even;
            }
            return greedy;
        }

        // --- blocks

        void title(String title, String subtitle) throws IOException {
            float width = contentWidth(false);
            room(TITLE_SIZE * 2, false);
            y -= TITLE_SIZE * 0.5f;
            centred(balanced(printable(title), TITLE_SIZE, width), TITLE_SIZE, 1.5f);
            String sub = printable(subtitle).strip();
            if (!sub.isEmpty()) {
                y -= SUBTITLE_SIZE * 0.4f;
                centred(wrap(sub, SUBTITLE_SIZE, width, width), SUBTITLE_SIZE, 1.5f);
            }
            y -= BODY_SIZE * 1.2f;
        }

        private void centred(List<String> lines, float size, float leading) throws IOException {
            float lead = size * leading;
            for (String line : lines) {
                room(lead, false);
                show(line, left() + (contentWidth(false) - width(line, size)) / 2, y - lead / 2, size);
                y -= lead;
            }
        }

        void heading(String heading) throws IOException {
            float lead = HEADING_SIZE * 1.6f;
            List<String> lines = wrap(printable(heading).strip(), HEADING_SIZE, contentWidth(false), contentWidth(false));
            // keep a heading with the first lines of its section
            room(HEADING_SIZE * 0.6f + lines.size() * lead + 3 * BODY_SIZE * BODY_LEADING, false);
            if (!freshPage()) y -= HEADING_SIZE * 0.6f;
            for (String line : lines) {
                show(line, left(), y - lead / 2, HEADING_SIZE);
                y -= lead;
            }
            y -= BODY_SIZE * 0.2f;
        }

        /** Each line of the text is a paragraph, its first line indented by two characters (公文格式). */
        void paragraphs(String text) throws IOException {
            float lead = BODY_SIZE * BODY_LEADING;
            float width = contentWidth(false);
            float indent = 2 * BODY_SIZE;
            for (String para : text.split("\\R")) {
                String p = printable(para).strip();
                if (p.isEmpty()) continue;
                List<String> lines = wrap(p, BODY_SIZE, width - indent, width);
                for (int i = 0; i < lines.size(); i++) {
                    room(lead, false);
                    show(lines.get(i), left() + (i == 0 ? indent : 0), y - lead / 2, BODY_SIZE);
                    y -= lead;
                }
                y -= BODY_SIZE * 0.2f;
            }
        }

        void table(Table t) throws IOException {
            TableLayout layout = TableLayout.of(this, t);
            String caption = printable(t.caption()).strip();
            float captionLead = CAPTION_SIZE * 1.6f;
            List<String> captionLines = caption.isEmpty() ? List.of()
                    : balanced(caption, CAPTION_SIZE, contentWidth(layout.landscape));
            int rows = layout.bodyRows.length;
            // the caption, the header and the first row go on one page
            float first = rows == 0 ? 0 : layout.total(layout.fragment(0, 0));
            room(captionLines.size() * captionLead + layout.headHeight + first + BODY_SIZE * 0.3f, layout.landscape);
            if (!freshPage()) y -= BODY_SIZE * 0.3f;
            float width = contentWidth(layout.landscape);
            for (String line : captionLines) {
                show(line, left() + (width - width(line, CAPTION_SIZE)) / 2, y - captionLead / 2, CAPTION_SIZE);
                y -= captionLead;
            }
            if (rows == 0) drawPart(layout, 0, -1);
            int r = 0;
            while (r < rows) {
                int last = layout.lastRowFitting(r, y - MARGIN - layout.headHeight, freshPage());
                if (last < r) {
                    newPage(layout.landscape);
                    continue;
                }
                drawPart(layout, r, last);
                r = last + 1;
                if (r < rows) newPage(layout.landscape);
            }
            y -= BODY_SIZE * 0.8f;
        }

        /**
         * The header (on every page, so a continued table still says what its columns are) and body
         * rows {@code from..to} with the heights they need on this page.
         */
        private void drawPart(TableLayout layout, int from, int to) throws IOException {
            List<Placed> cells = new ArrayList<>();
            float[] headTops = tops(layout.headRows, y);
            for (CellBox b : layout.head) cells.add(new Placed(b, headTops[b.row], headTops[b.row] - headTops[b.row + b.rows]));
            float[] heights = to < from ? new float[0] : layout.fragment(from, to);
            float[] tops = tops(heights, y - layout.headHeight);
            for (CellBox b : layout.body) {
                int a = Math.max(b.row, from);
                int z = Math.min(b.lastRow(), to);
                // a cell spanning a page break is drawn, text and all, in each part
                if (a <= z) cells.add(new Placed(b, tops[a - from], tops[a - from] - tops[z - from + 1]));
            }
            float top = y;
            y -= layout.headHeight + layout.total(heights);
            rules(layout, cells, top);
            for (Placed p : cells) text(layout, p);
        }

        /** A cell's box on the page. */
        private record Placed(CellBox box, float top, float height) {}

        private static float[] tops(float[] heights, float top) {
            float[] tops = new float[heights.length + 1];
            tops[0] = top;
            for (int i = 0; i < heights.length; i++) tops[i + 1] = tops[i] - heights[i];
            return tops;
        }

        /**
         * The grid, each segment once (stroked twice, anti-aliased rules look heavier): every cell
         * draws its left and top edges, then the part gets its right and bottom edges.
         */
        private void rules(TableLayout layout, List<Placed> cells, float top) throws IOException {
            for (Placed p : cells) {
                float x = left() + layout.x[p.box.col];
                out.moveTo(x, p.top - p.height);
                out.lineTo(x, p.top);
                out.lineTo(left() + layout.x[p.box.col + p.box.cols], p.top);
            }
            float right = left() + layout.x[layout.x.length - 1];
            out.moveTo(left(), y);
            out.lineTo(right, y);
            out.lineTo(right, top);
            out.stroke();
        }

        /** A cell's lines, centred vertically; headers and numbers centred, text from the left (plus indent). */
        private void text(TableLayout layout, Placed p) throws IOException {
            CellBox b = p.box;
            float x = left() + layout.x[b.col];
            float w = layout.x[b.col + b.cols] - layout.x[b.col];
            float size = layout.size;
            float lead = size * TABLE_LEADING;
            float middle = p.top - (p.height - b.lines.size() * lead) / 2 - lead / 2;
            for (String line : b.lines) {
                float tx = b.header || b.cell.numeric() ? x + (w - width(line, size)) / 2 : x + b.inset(size) - CELL_PAD_X;
                show(line, tx, middle, size);
                middle -= lead;
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // tables

    /** A cell at its place in the grid, with its text broken into lines once the widths are known. */
    private static final class CellBox {
        final Cell cell;
        final String text;
        final boolean header;
        final int row;
        final int col;
        final int rows;
        final int cols;
        List<String> lines = List.of();
        float height;

        CellBox(Cell cell, boolean header, int row, int col, int rows, int cols) {
            this.cell = cell;
            this.text = printable(cell.text()).strip();
            this.header = header;
            this.row = row;
            this.col = col;
            this.rows = rows;
            this.cols = cols;
        }

        int lastRow() {
            return row + rows - 1;
        }

        /** Horizontal room taken by padding and, in the body, the sub-row indent (one character a level). */
        float inset(float size) {
            return CELL_PAD_X + (header ? 0 : cell.indent() * size) + CELL_PAD_X;
        }
    }

    /**
     * HTML's table model: each cell takes the next grid slot of its row not covered by a cell
     * spanning down from above. Surplus cells (a row longer than the grid) are dropped, not fatal.
     */
    private static List<CellBox> place(List<List<Cell>> rows, int columns, boolean header) {
        List<CellBox> boxes = new ArrayList<>();
        boolean[][] taken = new boolean[rows.size()][columns];
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (Cell cell : rows.get(r)) {
                while (c < columns && taken[r][c]) c++;
                if (c == columns) break;
                int cols = Math.min(cell.colspan(), columns - c);
                int rs = Math.min(cell.rowspan(), rows.size() - r);
                for (int i = r; i < r + rs; i++) for (int j = c; j < c + cols; j++) taken[i][j] = true;
                boxes.add(new CellBox(cell, header, r, c, rs, cols));
                c += cols;
            }
        }
        return boxes;
    }

    /** A table's font size, orientation, column widths, cell lines and row heights. */
    private static final class TableLayout {
        final float size;
        final boolean landscape;
        final float[] x; // column edges from the table's left, x[columns] = table width
        final List<CellBox> head;
        final List<CellBox> body;
        final float[] headRows;
        final float[] bodyRows; // each row's height from its one-row cells; spans are settled per page
        final List<CellBox> bodySpans; // body cells over several rows, shortest first
        final float headHeight;

        private TableLayout(Writer m, Table t, float size, boolean landscape, float[] widths) {
            this.size = size;
            this.landscape = landscape;
            this.x = new float[widths.length + 1];
            for (int i = 0; i < widths.length; i++) x[i + 1] = x[i] + widths[i];
            this.head = place(t.header(), t.columns(), true);
            this.body = place(t.body(), t.columns(), false);
            for (CellBox b : head) breakLines(m, b);
            for (CellBox b : body) breakLines(m, b);
            this.headRows = rowHeights(head, t.header().size());
            settleSpans(headRows, 0, head.stream().sorted(Comparator.comparingInt(b -> b.rows)).toList());
            this.headHeight = total(headRows);
            this.bodyRows = rowHeights(body, t.body().size());
            this.bodySpans = body.stream().filter(b -> b.rows > 1).sorted(Comparator.comparingInt(b -> b.rows)).toList();
        }

        /** The largest font size at which the table fits a portrait page, else a landscape one. */
        static TableLayout of(Writer m, Table t) {
            List<CellBox> cells = new ArrayList<>(place(t.header(), t.columns(), true));
            cells.addAll(place(t.body(), t.columns(), false));
            float[] sizes = t.columns() > WIDE_TABLE ? WIDE_TABLE_SIZES : TABLE_SIZES;
            for (boolean landscape : new boolean[] {false, true}) {
                for (float size : sizes) {
                    float[] widths = widths(m, cells, t.columns(), size, Writer.contentWidth(landscape), false);
                    if (widths != null) return new TableLayout(m, t, size, landscape, widths);
                }
            }
            // too wide even so: squeeze the columns (text may touch the rules, but nothing is lost)
            float size = sizes[sizes.length - 1];
            return new TableLayout(m, t, size, true, widths(m, cells, t.columns(), size, Writer.contentWidth(true), true));
        }

        /**
         * Column widths filling {@code available}: every column gets its minimum (numbers whole,
         * text two characters or its longest word), then grows towards its preferred width (text on
         * one line; a header in two), and what is left goes to the text columns, so labels are
         * wide and number columns narrow. Null when even the minimums do not fit, unless forced.
         */
        private static float[] widths(Writer m, List<CellBox> cells, int columns, float size, float available, boolean force) {
            float[] min = new float[columns];
            float[] pref = new float[columns];
            Arrays.fill(min, size + 2 * CELL_PAD_X);
            List<CellBox> spanning = new ArrayList<>();
            List<float[]> spanNeeds = new ArrayList<>();
            for (CellBox b : cells) {
                float[] need = need(m, b, size);
                if (b.cols == 1) {
                    min[b.col] = Math.max(min[b.col], need[0]);
                    pref[b.col] = Math.max(pref[b.col], need[1]);
                } else {
                    spanning.add(b);
                    spanNeeds.add(need);
                }
            }
            // a cell over several columns needs the sum of their widths; short spans first
            Integer[] order = new Integer[spanning.size()];
            for (int i = 0; i < order.length; i++) order[i] = i;
            Arrays.sort(order, Comparator.comparingInt(i -> spanning.get(i).cols));
            for (int i : order) {
                CellBox b = spanning.get(i);
                spread(min, b.col, b.cols, spanNeeds.get(i)[0]);
                spread(pref, b.col, b.cols, spanNeeds.get(i)[1]);
            }
            for (int j = 0; j < columns; j++) pref[j] = Math.max(pref[j], min[j]);

            float sumMin = sum(min, 0, columns);
            if (sumMin > available + EPS) {
                if (!force) return null;
                float k = available / sumMin;
                for (int j = 0; j < columns; j++) min[j] *= k;
                return min;
            }
            float[] w = min.clone();
            float extra = available - sumMin;
            float deficit = 0;
            for (int j = 0; j < columns; j++) deficit += pref[j] - min[j];
            if (deficit > EPS) {
                float k = Math.min(1, extra / deficit);
                for (int j = 0; j < columns; j++) w[j] += (pref[j] - min[j]) * k;
                extra -= deficit * k;
            }
            if (extra > EPS) giveRest(w, pref, numericColumns(cells, columns), extra);
            return w;
        }

        /** {min, preferred} width of a cell, padding and indent included. */
        private static float[] need(Writer m, CellBox b, float size) {
            float inset = b.inset(size);
            float full = 0;
            for (String part : b.text.split("\n")) full = Math.max(full, m.width(part, size));
            if (b.cell.numeric()) return new float[] {full + inset, full + inset}; // numbers never wrap
            float longest = 0;
            for (String t : tokens(b.text.replace('\n', ' '))) longest = Math.max(longest, m.width(t, size));
            float min = Math.min(full, Math.max(2 * size, Math.min(longest, 6 * size))) + inset;
            // a label over several rows may wrap into them; a one-column header is happy on two lines
            // unless short ("结果维持" on one line if there is room); a header over columns wants one line
            boolean twoLines = b.header && b.cols == 1 && full > 4 * size;
            float pref = (twoLines ? full / 2 : b.header ? full : full / b.rows) + inset;
            return new float[] {min, Math.max(min, pref)};
        }

        /** Widens columns {@code from..from+n-1} evenly until together they are {@code need} wide. */
        private static void spread(float[] widths, int from, int n, float need) {
            float have = sum(widths, from, n);
            if (have < need) for (int j = from; j < from + n; j++) widths[j] += (need - have) / n;
        }

        /** Space left over goes to the text columns in proportion to their text: numbers need no more. */
        private static void giveRest(float[] w, float[] pref, boolean[] numeric, float extra) {
            float weight = 0;
            for (int j = 0; j < w.length; j++) if (!numeric[j]) weight += pref[j];
            for (int j = 0; j < w.length; j++) {
                if (weight <= EPS) w[j] += extra / w.length;
                else if (!numeric[j]) w[j] += extra * pref[j] / weight;
            }
        }

        /** A column whose one-column body cells are all numbers. */
        private static boolean[] numericColumns(List<CellBox> cells, int columns) {
            boolean[] numeric = new boolean[columns];
            boolean[] text = new boolean[columns];
            for (CellBox b : cells) {
                if (b.header || b.cols != 1) continue;
                if (b.cell.numeric()) numeric[b.col] = true;
                else if (!b.text.isEmpty()) text[b.col] = true;
            }
            for (int j = 0; j < columns; j++) numeric[j] &= !text[j];
            return numeric;
        }

        private void breakLines(Writer m, CellBox b) {
            float inner = x[b.col + b.cols] - x[b.col] - b.inset(size);
            if (b.cell.numeric()) b.lines = List.of(b.text.replace('\n', ' '));
            else if (b.header) b.lines = m.balanced(b.text, size, inner);
            else b.lines = m.wrap(b.text, size, inner, inner);
            b.height = Math.max(1, b.lines.size()) * size * TABLE_LEADING + 2 * CELL_PAD_Y;
        }

        private float[] rowHeights(List<CellBox> boxes, int rows) {
            float[] h = new float[rows];
            Arrays.fill(h, size * TABLE_LEADING + 2 * CELL_PAD_Y);
            for (CellBox b : boxes) if (b.rows == 1) h[b.row] = Math.max(h[b.row], b.height);
            return h;
        }

        /**
         * Makes rows {@code from..} tall enough for the cells spanning them (only their part within
         * these rows), adding any shortfall to the last row a cell covers.
         */
        private static void settleSpans(float[] heights, int from, List<CellBox> spans) {
            int to = from + heights.length - 1;
            for (CellBox b : spans) {
                if (b.rows < 2) continue;
                int a = Math.max(b.row, from);
                int z = Math.min(b.lastRow(), to);
                if (a > z) continue;
                float have = sum(heights, a - from, z - a + 1);
                if (have < b.height) heights[z - from] += b.height - have;
            }
        }

        /** Heights of body rows {@code from..to} drawn together on one page. */
        float[] fragment(int from, int to) {
            float[] h = Arrays.copyOfRange(bodyRows, from, to + 1);
            settleSpans(h, from, bodySpans);
            return h;
        }

        /**
         * The last body row, from {@code from}, that fits in {@code available} points; from - 1 if
         * none does (at least one on a fresh page, however tall). Does not break inside a group of
         * rows held by a spanning label ("（三）不予公开" and its eight items) when that group would
         * fit on a page of its own.
         */
        int lastRowFitting(int from, float available, boolean freshPage) {
            int last = from - 1;
            for (int r = from; r < bodyRows.length && total(fragment(from, r)) <= available + EPS; r++) last = r;
            if (last < from) return freshPage ? from : from - 1;
            int next = last + 1;
            if (next < bodyRows.length) {
                float page = Writer.contentHeight(landscape) - headHeight;
                for (CellBox b : bodySpans) {
                    boolean cut = b.row > from && b.row <= last && b.lastRow() >= next;
                    if (cut && total(fragment(b.row, b.lastRow())) <= page) next = Math.min(next, b.row);
                }
            }
            return next - 1;
        }

        float total(float[] heights) {
            return sum(heights, 0, heights.length);
        }
    }

    private static float sum(float[] values, int from, int n) {
        float s = 0;
        for (int i = from; i < from + n; i++) s += values[i];
        return s;
    }
}
