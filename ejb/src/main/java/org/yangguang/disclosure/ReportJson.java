package org.yangguang.disclosure;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * The report's document as JSON, frozen at publication next to the HTML and the PDF and written
 * into the publication bundle: every section with its paragraphs and tables (cells with their
 * spans), and table 三's cross-check.
 */
public final class ReportJson {
    private ReportJson() {}

    public static String of(ReportDocument doc, RequestTable table3) {
        JsonArrayBuilder sections = Json.createArrayBuilder();
        for (ReportDocument.Section s : doc.sections()) {
            JsonArrayBuilder blocks = Json.createArrayBuilder();
            for (ReportDocument.Block b : s.blocks()) {
                if (b instanceof ReportDocument.Paragraph p) {
                    blocks.add(Json.createObjectBuilder().add("paragraph", p.text()));
                } else if (b instanceof ReportDocument.Table t) {
                    blocks.add(Json.createObjectBuilder().add("columns", t.columns()).add("header", rows(t.header()))
                            .add("body", rows(t.body())));
                }
            }
            sections.add(Json.createObjectBuilder().add("heading", s.heading()).add("blocks", blocks));
        }
        RequestTable.CrossCheck check = table3.crossCheck();
        JsonObjectBuilder crossCheck = Json.createObjectBuilder().add("ok", check.ok())
                .add("newAndCarriedOver", check.newAndCarriedOver())
                .add("outcomesAndCarriedForward", check.outcomesAndCarriedForward());
        return Json.createObjectBuilder().add("title", doc.title()).add("subtitle", doc.subtitle()).add("year", table3.year())
                .add("sections", sections).add("crossCheck", crossCheck).build().toString();
    }

    private static JsonArrayBuilder rows(List<List<ReportDocument.Cell>> rows) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (List<ReportDocument.Cell> row : rows) {
            JsonArrayBuilder cells = Json.createArrayBuilder();
            for (ReportDocument.Cell c : row) {
                JsonObjectBuilder cell = Json.createObjectBuilder().add("text", c.text());
                if (c.colspan() > 1) cell.add("colspan", c.colspan());
                if (c.rowspan() > 1) cell.add("rowspan", c.rowspan());
                cells.add(cell);
            }
            out.add(cells);
        }
        return out;
    }
}
