package org.yangguang.disclosure;

import java.util.ArrayList;
import java.util.List;
import org.yangguang.disclosure.DisclosureCategory.TableTwoLine;
import org.yangguang.disclosure.ReportDocument.Block;
import org.yangguang.disclosure.ReportDocument.Cell;
import org.yangguang.disclosure.ReportDocument.Paragraph;
import org.yangguang.disclosure.ReportDocument.Section;
import org.yangguang.disclosure.ReportDocument.Table;

/**
 * The annual report in the national layout (国务院办公厅政府信息公开办公室 2021 年格式): sections 一 to
 * 六, the office's texts in 一, 五 and 六, the tables 二, 三 and 四 computed from the data.
 */
public final class AnnualReportDocument {
    private static final String NO_TEXT = "（未填写）";

    private AnnualReportDocument() {}

    /** Everything the document is made of. */
    public record Parts(int year, String agencyName, String overview, String problems, String otherMatters,
            ProactiveTable table2, RequestTable table3, RemedyTable table4, long processingFeesYuan, String statusLine) {}

    public static ReportDocument build(Parts p) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("一、总体情况", paragraphs(p.overview())));
        sections.add(new Section("二、主动公开政府信息情况", List.of(table2(p.table2()))));
        sections.add(new Section("三、收到和处理政府信息公开申请情况", List.of(table3(p.table3()))));
        sections.add(new Section("四、政府信息公开行政复议、行政诉讼情况", List.of(table4(p.table4()))));
        sections.add(new Section("五、政府信息公开工作存在的主要问题及改进情况", paragraphs(p.problems())));
        List<Block> six = new ArrayList<>(paragraphs(p.otherMatters()));
        six.add(new Paragraph("本年度收取信息处理费 " + p.processingFeesYuan() + " 元。"));
        sections.add(new Section("六、其他需要报告的事项", six));
        return new ReportDocument(p.agencyName() + p.year() + "年政府信息公开工作年度报告", p.statusLine(), sections);
    }

    private static List<Block> paragraphs(String text) {
        return List.of(new Paragraph(text == null || text.isBlank() ? NO_TEXT : text));
    }

    static Table table2(ProactiveTable t) {
        List<List<Cell>> body = new ArrayList<>();
        body.add(List.of(Cell.span("第二十条第（一）项", 4, 1)));
        body.add(List.of(Cell.text("信息内容"), Cell.text("本年制发件数"), Cell.text("本年废止件数"), Cell.text("现行有效件数")));
        for (TableTwoLine line : List.of(TableTwoLine.RULE, TableTwoLine.NORMATIVE)) {
            body.add(List.of(Cell.text(line == TableTwoLine.RULE ? "规章" : "行政规范性文件"),
                    Cell.number(t.count(line.name(), ProactiveTable.MADE)), Cell.number(t.count(line.name(), ProactiveTable.REPEALED)),
                    Cell.number(t.count(line.name(), ProactiveTable.IN_FORCE))));
        }
        body.add(List.of(Cell.span("第二十条第（五）项", 4, 1)));
        body.add(List.of(Cell.text("信息内容"), Cell.span("本年处理决定数量", 3, 1)));
        body.add(List.of(Cell.text("行政许可"), numberSpan(t.count(ProactiveTable.LICENSING, ProactiveTable.DECISIONS), 3)));
        body.add(List.of(Cell.span("第二十条第（六）项", 4, 1)));
        body.add(List.of(Cell.text("信息内容"), Cell.span("本年处理决定数量", 3, 1)));
        body.add(List.of(Cell.text("行政处罚"), numberSpan(t.count(TableTwoLine.PENALTY.name(), ProactiveTable.DECISIONS), 3)));
        body.add(List.of(Cell.text("行政强制"), numberSpan(t.count(TableTwoLine.ENFORCEMENT.name(), ProactiveTable.DECISIONS), 3)));
        body.add(List.of(Cell.span("第二十条第（八）项", 4, 1)));
        body.add(List.of(Cell.text("信息内容"), Cell.span("本年收费金额（单位：万元）", 3, 1)));
        body.add(List.of(Cell.text("行政事业性收费"), new Cell(t.feesTenThousandYuan().toPlainString(), 3, 1, true, 0)));
        return new Table("", 4, List.of(), body);
    }

    private static Cell numberSpan(long n, int span) {
        return new Cell(Long.toString(n), span, 1, true, 0);
    }

    /** Table 三 as the national form draws it: three label columns (their cells spanning as {@link RequestTable} says), then the counts. */
    static Table table3(RequestTable t) {
        List<List<Cell>> header = new ArrayList<>();
        header.add(List.of(Cell.span("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", RequestTable.LABEL_COLUMNS, 3),
                Cell.span("申请人情况", 7, 1)));
        header.add(List.of(Cell.span(ApplicantType.NATURAL_PERSON.label(), 1, 2), Cell.span(ApplicantType.ORGANISATION_HEADING, 5, 1),
                Cell.span(ApplicantType.TOTAL_HEADING, 1, 2)));
        List<Cell> orgs = new ArrayList<>();
        for (ApplicantType a : ApplicantType.values()) if (a.isOrganisation()) orgs.add(Cell.text(a.label()));
        header.add(orgs);
        List<List<Cell>> body = new ArrayList<>();
        for (RequestTable.Row r : t.rows()) {
            List<Cell> line = new ArrayList<>();
            for (RequestTable.Label l : r.labels()) line.add(Cell.span(l.text(), l.colspan(), l.rowspan()));
            t.counts(r.key()).forEach(n -> line.add(Cell.number(n)));
            body.add(line);
        }
        return new Table("", RequestTable.LABEL_COLUMNS + RequestTable.columns().size(), header, body);
    }

    static Table table4(RemedyTable t) {
        List<List<Cell>> header = new ArrayList<>();
        header.add(List.of(Cell.span("行政复议", 5, 2), Cell.span("行政诉讼", 10, 1)));
        header.add(List.of(Cell.span("未经复议直接起诉", 5, 1), Cell.span("复议后起诉", 5, 1)));
        header.add(RemedyTable.columns().stream().map(c -> Cell.text(c.label())).toList());
        List<Cell> counts = t.counts().stream().map(n -> Cell.number((long) n)).toList();
        return new Table("", 15, header, List.of(counts));
    }
}
