package org.yangguang.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One table as an .xlsx workbook: a bold header row, then the rows as shown on the page (numbers
 * stay numbers, dates stay dates). Every table of the supervision office can be exported this way.
 */
public final class Spreadsheet {
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Spreadsheet() {}

    public static byte[] table(String sheet, List<String> headers, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Yangguang", "1.0");
            sheet(wb, sheet, headers, rows);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * One sheet of a workbook: a bold header row, then the rows (numbers as numbers, dates as
     * dates, yes/no in words). For a workbook of several sheets; {@link #table} is one of them.
     */
    public static void sheet(Workbook wb, String sheet, List<String> headers, List<List<Object>> rows) {
        Worksheet ws = wb.newWorksheet(sheet);
        for (int c = 0; c < headers.size(); c++) {
            ws.value(0, c, headers.get(c));
            ws.style(0, c).bold().fillColor("DDEBF7").set();
        }
        int r = 1;
        for (List<Object> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                if (v instanceof Number n) {
                    ws.value(r, c, n);
                } else if (v instanceof LocalDate d) {
                    ws.value(r, c, d);
                    ws.style(r, c).format("yyyy-mm-dd").set();
                } else if (v instanceof Boolean b) {
                    ws.value(r, c, b ? "是" : "否");
                } else if (v != null) {
                    ws.value(r, c, v.toString());
                }
            }
            r++;
        }
    }
}
