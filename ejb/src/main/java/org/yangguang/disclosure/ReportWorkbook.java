package org.yangguang.disclosure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The report's tables as an .xlsx workbook, one sheet per table (表二, 表三, 表四) in the national
 * layout: header cells merged as on paper, numbers as numbers. Made from the same
 * {@link ReportDocument} as the PDF and the HTML, and frozen with them at publication.
 */
public final class ReportWorkbook {
    private static final String[] SHEETS = {"表二", "表三", "表四", "表五", "表六"};

    private ReportWorkbook() {}

    public static byte[] of(ReportDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Yangguang", "1.0");
            int n = 0;
            for (ReportDocument.Section s : doc.sections()) {
                for (ReportDocument.Block b : s.blocks()) {
                    if (b instanceof ReportDocument.Table t && n < SHEETS.length) {
                        Worksheet ws = wb.newWorksheet(SHEETS[n++]);
                        ws.value(0, 0, s.heading());
                        ws.style(0, 0).bold().set();
                        sheet(ws, t);
                    }
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Places the cells on the grid as a table does: a cell spanning rows takes its column below too. */
    private static void sheet(Worksheet ws, ReportDocument.Table t) {
        Set<Long> taken = new HashSet<>();
        List<List<ReportDocument.Cell>> rows = new ArrayList<>(t.header());
        rows.addAll(t.body());
        ws.width(0, 40);
        for (int r = 0; r < rows.size(); r++) {
            int sheetRow = r + 2;
            int c = 0;
            boolean header = r < t.header().size();
            for (ReportDocument.Cell cell : rows.get(r)) {
                while (taken.contains(key(sheetRow, c))) c++;
                put(ws, sheetRow, c, cell, header);
                for (int dr = 0; dr < cell.rowspan(); dr++) {
                    for (int dc = 0; dc < cell.colspan(); dc++) taken.add(key(sheetRow + dr, c + dc));
                }
                if (cell.colspan() > 1 || cell.rowspan() > 1) {
                    ws.range(sheetRow, c, sheetRow + cell.rowspan() - 1, c + cell.colspan() - 1).merge();
                }
                c += cell.colspan();
            }
        }
    }

    private static void put(Worksheet ws, int row, int col, ReportDocument.Cell cell, boolean header) {
        if (cell.numeric() && cell.text().matches("-?[0-9]+(\\.[0-9]+)?")) {
            ws.value(row, col, new BigDecimal(cell.text()));
        } else {
            ws.value(row, col, "  ".repeat(cell.indent()) + cell.text());
        }
        if (header) ws.style(row, col).bold().fillColor("DDEBF7").horizontalAlignment("center").wrapText(true).set();
    }

    private static long key(int row, int col) {
        return ((long) row << 20) | col;
    }
}
