package org.yangguang.interaction.attention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.yangguang.interaction.attention.AttentionStatistics.BucketCount;
import org.yangguang.interaction.attention.AttentionStatistics.CategoryCount;
import org.yangguang.interaction.attention.AttentionStatistics.HandlerRow;
import org.yangguang.interaction.attention.AttentionStatistics.MonthRow;
import org.yangguang.interaction.attention.AttentionStatistics.OnTime;
import org.yangguang.interaction.attention.AttentionStatistics.RatingRow;
import org.yangguang.interaction.attention.AttentionStatistics.TopicRow;
import org.yangguang.interaction.letter.LetterCategory;

/** The Excel export: a sheet per table of the page, the numbers as numbers. */
class AttentionWorkbookTest {

    @Test
    void aSheetPerTable() throws IOException {
        List<CategoryCount> cats = List.of(new CategoryCount(LetterCategory.CONSULTATION, "咨询", 2),
                new CategoryCount(LetterCategory.SUGGESTION, "建议", 1), new CategoryCount(LetterCategory.COMPLAINT, "投诉", 0),
                new CategoryCount(LetterCategory.REPORT, "举报", 0), new CategoryCount(LetterCategory.OTHER, "其他", 0));
        AttentionStatistics s = new AttentionStatistics("2026-11", "2026年11月", "2026-10", null, null, 3,
                List.of(new MonthRow("2026-11", 3, cats)), cats,
                List.of(new HandlerRow(HandlerKind.DEPARTMENT, "JTJ", "阳光县交通运输局", 3, 2, 1, 1, 50.0)), List.of(),
                List.of(new TopicRow("公交", 2, List.of(2L), 0, 2, null)), List.of(),
                List.of(new BucketCount(AnswerTime.ONE_DAY, "1个工作日内", 2)), new OnTime(1, 1, 50.0),
                List.of(new RatingRow("JTJ", "阳光县交通运输局", 4, 3, 75.0)), List.of());
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(AttentionWorkbook.of(s)))) {
            assertEquals(List.of("按月份和类别", "按承办部门", "热点话题", "答复用时", "好差评（部门）", "好差评（事项）"),
                    wb.getSheets().map(x -> x.getName()).toList());
            List<Row> months = wb.findSheet("按月份和类别").orElseThrow().read();
            assertEquals(List.of("月份", "来信", "咨询", "建议", "投诉", "举报", "其他"),
                    months.get(0).stream().map(c -> c.getText()).toList());
            assertEquals("2026-11", months.get(1).getCellText(0));
            assertEquals(2, months.get(1).getCellAsNumber(2).orElseThrow().intValue());
            List<Row> topics = wb.findSheet("热点话题").orElseThrow().read();
            assertEquals(List.of("热点话题", "来信", "2026-11", "上一期", "增加", "增幅（%）"),
                    topics.get(0).stream().map(c -> c.getText()).toList());
            assertEquals("公交", topics.get(1).getCellText(0));
            List<Row> ratings = wb.findSheet("好差评（部门）").orElseThrow().read();
            assertEquals(75.0, ratings.get(1).getCellAsNumber(3).orElseThrow().doubleValue());
        }
    }
}
