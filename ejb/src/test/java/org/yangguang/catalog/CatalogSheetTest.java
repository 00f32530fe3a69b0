package org.yangguang.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.yangguang.shared.SystemText;
import org.yangguang.shared.SystemTextTest;
import org.junit.jupiter.api.Test;
import org.yangguang.calendar.DayUnit;
import org.yangguang.organization.Department;

class CatalogSheetTest {

    @Test
    void everyHeaderHasACell() {
        assertEquals(CatalogSheet.HEADERS.size(), CatalogSheet.toCells(Drafts.valid()).size());
    }

    @Test
    void exportedRowImportsToTheSameContent() {
        MatterDraft original = Drafts.valid();
        original.getMaterials().get(0).setNote("原件核验后退回");
        List<SystemText> errors = new ArrayList<>();
        MatterDraft back = CatalogSheet.fromCells(CatalogSheet.toCells(original), errors);
        assertEquals(List.of(), errors);
        Matter matter = new Matter(original, null, new Department("SCJGJ", "市场监管局"));
        Instant now = Instant.now();
        assertEquals(new MatterVersion(matter, original, "x", now).describe(),
                new MatterVersion(matter, back, "x", now).describe());
        assertEquals(original.getImplementationCode(), back.getImplementationCode());
        assertEquals(original.getDepartmentCode(), back.getDepartmentCode());
    }

    @Test
    void chineseLabelsAndCodeNamesBothParse() {
        List<String> cells = new ArrayList<>(CatalogSheet.toCells(Drafts.valid()));
        cells.set(3, "OTHER_POWER");
        cells.set(10, "自然日");
        cells.set(12, "NATURAL_DAYS");
        cells.set(14, "听证、专家评审");
        cells.set(16, "窗口,网上");
        List<SystemText> errors = new ArrayList<>();
        MatterDraft d = CatalogSheet.fromCells(cells, errors);
        assertEquals(List.of(), errors);
        assertEquals(MatterType.OTHER_POWER, d.getType());
        assertEquals(DayUnit.NATURAL_DAYS, d.getStatutoryUnit());
        assertEquals(2, d.getSpecialProcedures().size());
        assertEquals(2, d.getChannels().size());
    }

    @Test
    void legacyTypeLabelMapsToOtherPower() {
        assertEquals(MatterType.OTHER_POWER, MatterType.fromLabel("非行政许可审批"));
        assertEquals(MatterType.PUBLIC_SERVICE, MatterType.fromLabel("便民服务"));
    }

    @Test
    void badCellsAreAllReportedWithTheirColumn() {
        List<String> cells = new ArrayList<>(CatalogSheet.toCells(Drafts.valid()));
        cells.set(3, "行政许可证");
        cells.set(9, "二十");
        cells.set(17, "申请书|纸质|必需|1");
        cells.set(18, "工本费|十元|依据|可减免");
        List<SystemText> errors = new ArrayList<>();
        CatalogSheet.fromCells(cells, errors);
        assertEquals(4, errors.size(), errors.toString());
        List<String> chinese = errors.stream().map(SystemText::chinese).toList();
        assertEquals(List.of("事项类型：未知的事项类型：行政许可证", "法定时限：应为整数：二十",
                "申请材料第1行：应有6项，以“|”分隔", "收费项目第1行：应为数字"), chinese);
        // the file's columns are Chinese, the reasons are in the reader's language
        List<String> english = errors.stream().map(e -> e.render(SystemTextTest.ENGLISH)).toList();
        assertEquals(List.of("事项类型: unknown 事项类型: 行政许可证", "法定时限: it must be a whole number: 二十",
                "申请材料, line 1: it must have 6 parts separated by “|”", "收费项目, line 1: it must be a number"),
                english);
    }
}
