package org.yangguang.disclosure;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.yangguang.disclosure.ReportDocument.Block;
import org.yangguang.disclosure.ReportDocument.Cell;
import org.yangguang.disclosure.ReportDocument.Paragraph;
import org.yangguang.disclosure.ReportDocument.Section;
import org.yangguang.disclosure.ReportDocument.Table;

class ReportPdfTest {
    static final String TITLE = "示例县人民政府2026年政府信息公开工作年度报告";
    private static final float MARGIN = 2 / 2.54f * 72;

    @Test
    void rendersAParsableA4DocumentOfSeveralPagesWithTitleAndLanguage() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(ReportPdf.render(sampleReport()))) {
            assertTrue(pdf.getNumberOfPages() >= 2, "pages: " + pdf.getNumberOfPages());
            assertEquals(TITLE, pdf.getDocumentInformation().getTitle());
            assertEquals("zh-CN", pdf.getDocumentCatalog().getLanguage());
            PDPage first = pdf.getPage(0);
            assertEquals(595, Math.round(first.getMediaBox().getWidth()));
            assertEquals(842, Math.round(first.getMediaBox().getHeight()));
        }
    }

    @Test
    void theChineseTextCanBeExtracted() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(ReportPdf.render(sampleReport()))) {
            String text = new PDFTextStripper().getText(pdf);
            String joined = text.replaceAll("\\s+", ""); // the title and long labels wrap
            assertTrue(joined.contains(TITLE), text);
            assertTrue(text.contains("政府信息公开"));
            assertTrue(text.contains("六、其他需要报告的事项"));
            assertTrue(joined.contains("一、本年新收政府信息公开申请数量"));
            assertTrue(text.contains("1.属于国家秘密"));
            assertTrue(joined.contains("未经复议直接起诉"));
            assertTrue(text.contains("4321"), "a number of table 三");
            assertTrue(text.contains("1,024"), "a number of table 四");
            assertTrue(text.contains("www.example.gov.cn"), "a Latin word kept whole");
            assertTrue(text.contains("第 1 页 共 " + pdf.getNumberOfPages() + " 页"));
        }
    }

    @Test
    void theFontIsEmbeddedAsASubset() throws IOException {
        byte[] bytes = ReportPdf.render(sampleReport());
        // the shipped font is 1.3 MB: a much smaller file shows only the glyphs used were embedded
        assertTrue(bytes.length < 600_000, "bytes: " + bytes.length);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                PDResources res = page.getResources();
                for (COSName name : res.getFontNames()) fonts.add(res.getFont(name));
            }
            assertFalse(fonts.isEmpty());
            for (PDFont f : fonts) {
                assertTrue(f.isEmbedded(), f.getName());
                assertTrue(f.getName().matches("[A-Z]{6}\\+.*"), "subset tag: " + f.getName());
            }
        }
    }

    @Test
    void charactersTheFontLacksBecomeABoxInsteadOfFailing() throws IOException {
        assertEquals("张□□ 李", ReportPdf.printable("张\uD840\uDC00😀\t李"));
        assertEquals("□好", ReportPdf.printable("\u2764\uFE0F好")); // emoji + variation selector: one box
        assertEquals("第一行\n第二行", ReportPdf.printable("第一行\r\n第二行\u200B"));

        ReportDocument doc = new ReportDocument("生僻字𠀀测试😀", "", List.of(new Section("一、总体情况𠀀", List.of(
                new Paragraph("申请人姓名含生僻字𠀀与表情😀，不应导致生成失败。"),
                new Table("表𠀀", 2, List.of(List.of(Cell.text("项目😀"), Cell.text("数量"))),
                        List.of(List.of(Cell.text("𠀀"), Cell.number(3))))))));
        byte[] bytes = assertDoesNotThrow(() -> ReportPdf.render(doc));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("生僻字□测试□"), text);
            assertTrue(text.contains("申请人姓名含生僻字□与表情□"), text);
        }
    }

    @Test
    void latinWordsAndNumbersStayTogetherAndPunctuationStaysWithItsText() {
        assertEquals(List.of("共", "受", "理", "12,345", "件", "（含", "网", "上", "申", "请）。", "见", " ", "www.example.gov.cn"),
                ReportPdf.tokens("共受理12,345件（含网上申请）。见 www.example.gov.cn"));
    }

    @Test
    void aLongTableContinuesOnTheNextPageWithItsHeaderRepeated() throws IOException {
        List<List<Cell>> body = new ArrayList<>();
        for (int i = 1; i <= 90; i++) body.add(List.of(Cell.text("第" + i + "行事项"), Cell.number(i), Cell.number(i * 10L)));
        Table table = new Table("长表", 3, List.of(List.of(Cell.span("项目", 1, 2), Cell.span("申请人情况", 2, 1)),
                List.of(Cell.text("件数"), Cell.text("页数"))), body);
        ReportDocument doc = new ReportDocument("长表测试", "", List.of(new Section("一、总体情况", List.of(table))));
        try (PDDocument pdf = Loader.loadPDF(ReportPdf.render(doc))) {
            assertTrue(pdf.getNumberOfPages() >= 2);
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                String page = pageText(pdf, p);
                assertTrue(page.contains("申请人情况"), "header on page " + p);
            }
            String all = new PDFTextStripper().getText(pdf);
            assertTrue(all.contains("第1行事项") && all.contains("第90行事项") && all.contains("900"));
        }
    }

    @Test
    void nothingIsDrawnOutsideTheMarginsNotEvenTheFifteenColumnTable() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(ReportPdf.render(sampleReport()))) {
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                float width = pdf.getPage(p - 1).getMediaBox().getWidth();
                float height = pdf.getPage(p - 1).getMediaBox().getHeight();
                Extent e = extent(pdf, p);
                assertTrue(e.minX >= MARGIN - 1 && e.maxX <= width - MARGIN + 1, "page " + p + ": x " + e.minX + ".." + e.maxX);
                // y from the top; the page number sits in the bottom margin
                assertTrue(e.minY >= MARGIN - 1 && e.maxY <= height - MARGIN / 2 + 2, "page " + p + ": y " + e.minY + ".." + e.maxY);
            }
        }
    }

    @Test
    void aTableTooWideForPortraitGetsALandscapePageAndTheTextAfterItAPortraitOne() throws IOException {
        List<Cell> head = new ArrayList<>(List.of(Cell.text("项目名称")));
        List<Cell> row = new ArrayList<>(List.of(Cell.text("某某事项")));
        for (int i = 1; i <= 29; i++) {
            head.add(Cell.text("第" + i + "列"));
            row.add(Cell.number(i * 1001L));
        }
        Table wide = new Table("宽表", 30, List.of(head), List.of(row));
        ReportDocument doc = new ReportDocument("宽表测试", "", List.of(new Section("一、总体情况",
                List.of(new Paragraph("前文。"), wide, new Paragraph("后文。")))));
        try (PDDocument pdf = Loader.loadPDF(ReportPdf.render(doc))) {
            assertEquals(3, pdf.getNumberOfPages());
            assertTrue(pdf.getPage(1).getMediaBox().getWidth() > pdf.getPage(1).getMediaBox().getHeight(), "landscape");
            assertTrue(pageText(pdf, 2).contains("29029"));
            assertTrue(pdf.getPage(2).getMediaBox().getWidth() < pdf.getPage(2).getMediaBox().getHeight(), "portrait again");
            assertTrue(pageText(pdf, 3).contains("后文。"));
            Extent e = extent(pdf, 2);
            assertTrue(e.minX >= MARGIN - 1 && e.maxX <= pdf.getPage(1).getMediaBox().getWidth() - MARGIN + 1, e.minX + ".." + e.maxX);
        }
    }

    @Test
    void rendersConcurrentlyAndAnEmptyReportIsOnePage() throws IOException {
        ReportDocument doc = sampleReport();
        List<CompletableFuture<byte[]>> runs = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> ReportPdf.render(doc))).toList();
        for (CompletableFuture<byte[]> run : runs) {
            try (PDDocument pdf = Loader.loadPDF(run.join())) {
                assertTrue(new PDFTextStripper().getText(pdf).contains("4321"));
            }
        }
        try (PDDocument pdf = Loader.loadPDF(ReportPdf.render(new ReportDocument("空报告", null, List.of())))) {
            assertEquals(1, pdf.getNumberOfPages());
        }
    }

    // ---------------------------------------------------------------------------------------------

    private static String pageText(PDDocument pdf, int page) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(pdf);
    }

    private static final class Extent {
        float minX = Float.MAX_VALUE, maxX = -Float.MAX_VALUE, minY = Float.MAX_VALUE, maxY = -Float.MAX_VALUE;
    }

    /** Where the glyphs of one page are, in points from the left and from the top. */
    private static Extent extent(PDDocument pdf, int page) throws IOException {
        Extent e = new Extent();
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
                e.minX = Math.min(e.minX, t.getXDirAdj());
                e.maxX = Math.max(e.maxX, t.getXDirAdj() + t.getWidthDirAdj());
                e.minY = Math.min(e.minY, t.getYDirAdj() - t.getHeightDir());
                e.maxY = Math.max(e.maxY, t.getYDirAdj());
            }
        };
        s.setStartPage(page);
        s.setEndPage(page);
        s.getText(pdf);
        return e;
    }

    /** A county's report in the national layout, with tables 三 and 四 and enough text for several pages. */
    static ReportDocument sampleReport() {
        return new ReportDocument(TITLE, "示例县人民政府办公室　2027年1月20日", List.of(
                new Section("一、总体情况", List.of(
                        new Paragraph("本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和国务院办公厅政府信息与政务公开办公室"
                                + "关于政府信息公开工作年度报告格式的要求编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
                                + "政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据的统计期限自2026年1月1日起"
                                + "至2026年12月31日止。本报告电子版可在示例县人民政府门户网站（www.example.gov.cn）查阅或下载。\n"
                                + "2026年，示例县坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党中央、国务院关于全面推进政务公开的决策部署，"
                                + "围绕县委、县政府中心工作，以公开为常态、不公开为例外，持续深化决策、执行、管理、服务、结果公开，不断提升政务公开标准化规范化水平，"
                                + "切实保障人民群众的知情权、参与权、表达权和监督权。全年通过政府网站主动公开各类政府信息12,345条，其中政策文件386件、"
                                + "政策解读127篇，回应社会关切事项58件，组织政府开放日活动6次，邀请利益相关方、群众代表列席县政府常务会议24人次。"),
                        new Paragraph("（一）主动公开。围绕“十五五”规划编制、财政预决算、重大建设项目、公共资源配置、社会公益事业建设等重点领域，"
                                + "全面梳理公开事项清单，建立健全动态调整机制，确保应公开尽公开。进一步规范政府网站信息发布流程，严格执行信息发布“三审”制度，"
                                + "全年未发生信息错发、漏发等情况。\n"
                                + "（二）依申请公开。严格按照《条例》规定的程序和时限办理政府信息公开申请，规范答复文书格式，做到依法依规、及时准确答复。"
                                + "全年共收到政府信息公开申请4321件，均在法定期限内答复，未发生因逾期答复引起的行政复议或行政诉讼。\n"
                                + "（三）政府信息管理。健全政府信息公开属性源头认定机制，公文拟制时同步明确公开方式；对现行有效的规范性文件进行集中清理，"
                                + "及时公布清理结果，并在政府网站设置规范性文件专栏集中统一发布。\n"
                                + "（四）平台建设。持续优化政府网站政务公开专栏，完善政策文件库检索功能，实现按主题、按发文机关、按成文日期多维度检索。"),
                        new Paragraph("（五）监督保障。将政务公开工作纳入年度绩效考核，开展政务公开第三方评估，组织政务公开业务培训3期，培训人员260余人次。"
                                + "建立政务公开工作日常监测和通报机制，按季度通报各部门、各乡镇政务公开工作情况，督促问题整改到位。"))),
                new Section("二、主动公开政府信息情况", List.of(proactiveTable())),
                new Section("三、收到和处理政府信息公开申请情况", List.of(table3())),
                new Section("四、政府信息公开行政复议、行政诉讼情况", List.of(table4())),
                new Section("五、存在的主要问题及改进情况", List.of(new Paragraph(
                        "2026年，示例县政府信息公开工作取得了一定成效，但也存在一些不足：一是部分单位对政务公开工作重视程度不够，信息更新不够及时；"
                                + "二是政策解读形式较为单一，图表图解、音频视频等多元化解读偏少；三是依申请公开答复的规范性有待进一步提高。\n"
                                + "2027年，示例县将重点做好以下工作：一是加强组织领导，压实工作责任，确保政务公开各项任务落到实处；二是丰富政策解读形式，"
                                + "提高解读质量，增强政策解读的针对性和实效性；三是加强业务培训，提升依申请公开办理质量，做到答复规范、依据充分、告知到位。"))),
                new Section("六、其他需要报告的事项", List.of(new Paragraph(
                        "本年度本机关依据《政府信息公开信息处理费管理办法》收取信息处理费0元。\n"
                                + "本年度本机关落实上级年度政务公开工作要点情况、人大代表建议和政协提案办理结果公开情况以及年度工作创新情况，"
                                + "详见示例县人民政府门户网站政府信息公开专栏。")))));
    }

    /** 第二十条第（一）项: a small four-column table with sub-rows (indent). */
    private static Block proactiveTable() {
        List<List<Cell>> header = List.of(List.of(Cell.span("第二十条第（一）项", 4, 1)),
                List.of(Cell.text("信息内容"), Cell.text("本年制发件数"), Cell.text("本年废止件数"), Cell.text("现行有效件数")));
        List<List<Cell>> body = List.of(
                List.of(Cell.text("规章"), Cell.number(0), Cell.number(0), Cell.number(0)),
                List.of(Cell.text("行政规范性文件"), Cell.number(12), Cell.number(3), Cell.number(86)),
                List.of(new Cell("其中：县政府文件", 1, 1, false, 1), Cell.number(5), Cell.number(1), Cell.number(40)),
                List.of(new Cell("县政府办公室文件", 1, 1, false, 2), Cell.number(7), Cell.number(2), Cell.number(46)));
        return new Table("（一）规章和规范性文件", 4, header, body);
    }

    /** Table 三 in the national layout: 3 label columns and 7 applicant columns, spans on both. */
    private static Block table3() {
        List<List<Cell>> header = List.of(
                List.of(Cell.span("本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和", 3, 3), Cell.span("申请人情况", 7, 1)),
                List.of(Cell.span("自然人", 1, 2), Cell.span("法人或其他组织", 5, 1), Cell.span("总计", 1, 2)),
                List.of(Cell.text("商业企业"), Cell.text("科研机构"), Cell.text("社会公益组织"), Cell.text("法律服务机构"), Cell.text("其他")));
        List<List<Cell>> body = new ArrayList<>();
        int[] seed = {1};
        body.add(numbers(List.of(Cell.span("一、本年新收政府信息公开申请数量", 3, 1)), 4000, 201, 30, 40, 30, 20));
        body.add(row(List.of(Cell.span("二、上年结转政府信息公开申请数量", 3, 1)), seed));
        body.add(row(List.of(Cell.span("三、本年度办理结果", 1, 22), Cell.span("（一）予以公开", 2, 1)), seed));
        body.add(row(List.of(Cell.span("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 2, 1)), seed));
        group(body, "（三）不予公开", seed, "属于国家秘密", "其他法律行政法规禁止公开", "危及“三安全一稳定”", "保护第三方合法权益",
                "属于三类内部事务信息", "属于四类过程性信息", "属于行政执法案卷", "属于行政查询事项");
        group(body, "（四）无法提供", seed, "本机关不掌握相关政府信息", "没有现成信息需要另行制作", "补正后申请内容仍不明确");
        group(body, "（五）不予处理", seed, "信访举报投诉类申请", "重复申请", "要求提供公开出版物", "无正当理由大量反复申请",
                "要求行政机关确认或重新出具已获取信息");
        group(body, "（六）其他处理", seed, "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "其他");
        body.add(row(List.of(Cell.span("（七）总计", 2, 1)), seed));
        body.add(row(List.of(Cell.span("四、结转下年度继续办理", 3, 1)), seed));
        return new Table("", 10, header, body);
    }

    private static void group(List<List<Cell>> body, String label, int[] seed, String... items) {
        for (int i = 0; i < items.length; i++) {
            List<Cell> labels = new ArrayList<>();
            if (i == 0) labels.add(Cell.span(label, 1, items.length));
            labels.add(Cell.text((i + 1) + "." + items[i]));
            body.add(row(labels, seed));
        }
    }

    /** Labels, six applicant columns made up from the seed, and their total. */
    private static List<Cell> row(List<Cell> labels, int[] seed) {
        int[] n = new int[6];
        for (int j = 0; j < 6; j++) n[j] = (seed[0] * 37 + j * 11) % (j == 0 ? 97 : 9);
        seed[0]++;
        return numbers(labels, n);
    }

    private static List<Cell> numbers(List<Cell> labels, int... n) {
        List<Cell> cells = new ArrayList<>(labels);
        int total = 0;
        for (int v : n) {
            cells.add(Cell.number(v));
            total += v;
        }
        cells.add(Cell.number(total));
        return cells;
    }

    /** Table 四: 15 number columns under three header rows. */
    private static Block table4() {
        String[] results = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};
        List<Cell> row2 = new ArrayList<>();
        for (String r : results) row2.add(Cell.span(r, 1, 2));
        row2.add(Cell.span("未经复议直接起诉", 5, 1));
        row2.add(Cell.span("复议后起诉", 5, 1));
        List<Cell> row3 = new ArrayList<>();
        for (int k = 0; k < 2; k++) for (String r : results) row3.add(Cell.text(r));
        List<Cell> body = new ArrayList<>();
        long[] values = {3, 1, 0, 1, 5, 2, 0, 1, 1, 4, 0, 0, 0, 1, 1};
        for (int i = 0; i < values.length; i++) body.add(i == 4 ? Cell.number("1,024") : Cell.number(values[i]));
        return new Table("", 15, List.of(List.of(Cell.span("行政复议", 5, 1), Cell.span("行政诉讼", 10, 1)), row2, row3),
                List.of(body));
    }
}
