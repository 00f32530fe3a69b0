package org.yangguang.interaction.attention;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.yangguang.shared.Spreadsheet;
import org.yangguang.interaction.letter.LetterCategory;

/**
 * The statistics of a period as one .xlsx workbook, a sheet per table of the page (as the other
 * exports of the supervision office: Chinese headers, numbers as numbers).
 */
public final class AttentionWorkbook {
    private AttentionWorkbook() {}

    public static byte[] of(AttentionStatistics s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Yangguang", "1.0");
            List<String> head = new ArrayList<>(List.of("月份", "来信"));
            Arrays.stream(LetterCategory.values()).forEach(c -> head.add(c.label()));
            Spreadsheet.sheet(wb, "按月份和类别", head, s.months().stream().map(m -> {
                List<Object> row = new ArrayList<>(List.of(m.month(), m.letters()));
                m.categories().forEach(c -> row.add(c.letters()));
                return row;
            }).toList());
            Spreadsheet.sheet(wb, "按承办部门", List.of("承办", "来信", "已答复", "按时答复", "逾期", "按时答复率（%）"), s.handlers().stream()
                    .map(h -> Arrays.<Object>asList(h.name(), h.letters(), h.answered(), h.onTime(), h.late(), h.onTimeShare())).toList());
            List<String> topicHead = new ArrayList<>(List.of("热点话题", "来信"));
            s.months().forEach(m -> topicHead.add(m.month()));
            topicHead.addAll(List.of("上一期", "增加", "增幅（%）"));
            Spreadsheet.sheet(wb, "热点话题", topicHead, s.topics().stream().map(t -> {
                List<Object> row = new ArrayList<>(List.of(t.keyword(), t.letters()));
                row.addAll(t.perMonth());
                row.addAll(Arrays.asList(t.previous(), t.increase(), t.growthPercent()));
                return row;
            }).toList());
            Spreadsheet.sheet(wb, "答复用时", List.of("用时", "来信"), s.answerTimes().stream()
                    .map(b -> List.<Object>of(b.label(), b.letters())).toList());
            Spreadsheet.sheet(wb, "好差评（部门）", List.of("部门", "评价", "满意", "满意率（%）"), s.ratingsByDepartment().stream()
                    .map(r -> Arrays.<Object>asList(r.name(), r.count(), r.satisfied(), r.share())).toList());
            Spreadsheet.sheet(wb, "好差评（事项）", List.of("事项", "实施编码", "评价", "满意", "满意率（%）"), s.ratingsByMatter().stream()
                    .map(r -> Arrays.<Object>asList(r.name(), r.code(), r.count(), r.satisfied(), r.share())).toList());
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
