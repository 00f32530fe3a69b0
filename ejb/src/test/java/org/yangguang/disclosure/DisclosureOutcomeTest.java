package org.yangguang.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The outcome rows of table 三 of the national annual-report format. */
class DisclosureOutcomeTest {
    static final List<DisclosureOutcome> ALL = List.of(DisclosureOutcome.values());

    @Test
    void twentyOneOutcomes() {
        assertEquals(21, ALL.size());
    }

    @ParameterizedTest(name = "{0}: {1} outcomes")
    @CsvSource({
        "DISCLOSED,        1",
        "PARTLY_DISCLOSED, 1",
        "NOT_DISCLOSED,    8",
        "CANNOT_PROVIDE,   3",
        "NOT_PROCESSED,    5",
        "OTHER,            3"
    })
    void countsPerGroup(OutcomeGroup group, int count) {
        assertEquals(count, group.outcomes().size());
    }

    @Test
    void theGroupsCoverEveryOutcomeOnce() {
        assertEquals(ALL, Arrays.stream(OutcomeGroup.values()).flatMap(g -> g.outcomes().stream()).toList());
    }

    @Test
    void rowsAreOneToTwentyOneInDeclarationOrder() {
        for (int i = 0; i < ALL.size(); i++) {
            assertEquals(i + 1, ALL.get(i).row(), ALL.get(i).name());
        }
        assertEquals(21, ALL.stream().map(DisclosureOutcome::row).collect(Collectors.toSet()).size(), "rows are unique");
    }

    @Test
    void groupsFollowTheTableOrder() {
        for (int i = 1; i < ALL.size(); i++) {
            assertTrue(ALL.get(i - 1).group().compareTo(ALL.get(i).group()) <= 0, ALL.get(i).name());
        }
    }

    @Test
    void outcomeLabelsAreExactlyTheTableRows() {
        assertEquals(List.of(
                "予以公开",
                "部分公开",
                "属于国家秘密",
                "其他法律行政法规禁止公开",
                "危及“三安全一稳定”",
                "保护第三方合法权益",
                "属于三类内部事务信息",
                "属于四类过程性信息",
                "属于行政执法案卷",
                "属于行政查询事项",
                "本机关不掌握相关政府信息",
                "没有现成信息需要另行制作",
                "补正后申请内容仍不明确",
                "信访举报投诉类申请",
                "重复申请",
                "要求提供公开出版物",
                "无正当理由大量反复申请",
                "要求行政机关确认或重新出具已获取信息",
                "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                "其他"), ALL.stream().map(DisclosureOutcome::label).toList());
    }

    @Test
    void groupLabelsAndNumbersAreExact() {
        assertEquals(List.of("予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理"),
                Arrays.stream(OutcomeGroup.values()).map(OutcomeGroup::label).toList());
        assertEquals(List.of("（一）", "（二）", "（三）", "（四）", "（五）", "（六）"),
                Arrays.stream(OutcomeGroup.values()).map(OutcomeGroup::number).toList());
    }

    @ParameterizedTest(name = "{0}: item {1}, {2}")
    @CsvSource({
        "DISCLOSED,              0, （一）予以公开",
        "PARTLY_DISCLOSED,       0, （二）部分公开（区分处理的，只计这一情形，不计其他情形）",
        "STATE_SECRET,           1, 1.属于国家秘密",
        "ADMINISTRATIVE_INQUIRY, 8, 8.属于行政查询事项",
        "NOT_HELD,               1, 1.本机关不掌握相关政府信息",
        "STILL_UNCLEAR,          3, 3.补正后申请内容仍不明确",
        "PETITION_OR_COMPLAINT,  1, 1.信访举报投诉类申请",
        "CONFIRM_OR_REISSUE,     5, 5.要求行政机关确认或重新出具已获取信息",
        "NO_CORRECTION_IN_TIME,  1, 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "OTHER,                  3, 3.其他"
    })
    void itemsAndReportLabels(DisclosureOutcome outcome, int item, String reportLabel) {
        assertEquals(item, outcome.item());
        assertEquals(reportLabel, outcome.reportLabel());
    }

    @Test
    void onlyDisclosedAndPartlyDisclosedGiveInformation() {
        assertEquals(Set.of(DisclosureOutcome.DISCLOSED, DisclosureOutcome.PARTLY_DISCLOSED),
                ALL.stream().filter(DisclosureOutcome::discloses).collect(Collectors.toSet()));
    }

    @Test
    void notProcessedAndOtherCloseWithoutASubstantiveAnswer() {
        List<DisclosureOutcome> closing = ALL.stream().filter(DisclosureOutcome::closesWithoutSubstantiveAnswer).toList();
        assertEquals(8, closing.size());
        assertTrue(closing.stream().allMatch(o -> o.group() == OutcomeGroup.NOT_PROCESSED || o.group() == OutcomeGroup.OTHER));
        assertEquals(List.of(true, true, true, true, false, false),
                Arrays.stream(OutcomeGroup.values()).map(OutcomeGroup::isSubstantive).toList());
    }

    @Test
    void theTwoDeemedWithdrawalsAreRows19And20() {
        assertEquals(List.of(19, 20), ALL.stream().filter(DisclosureOutcome::isDeemedWithdrawal).map(DisclosureOutcome::row).toList());
    }

    @ParameterizedTest
    @EnumSource(DisclosureOutcome.class)
    void parsesItsLabelAndCodeName(DisclosureOutcome outcome) {
        assertEquals(outcome, DisclosureOutcome.fromLabel(outcome.label()));
        assertEquals(outcome, DisclosureOutcome.fromLabel(" " + outcome.name() + " "));
    }

    @Test
    void straightQuotesAreReadAsTheTablesCurlyOnes() {
        assertEquals(DisclosureOutcome.ENDANGERS_SECURITY, DisclosureOutcome.fromLabel("危及\"三安全一稳定\""));
    }

    @Test
    void anUnknownOutcomeIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DisclosureOutcome.fromLabel("驳回"));
        assertEquals("未知的办理结果：驳回", e.getMessage());
        assertEquals(OutcomeGroup.NOT_PROCESSED, OutcomeGroup.fromLabel("不予处理"));
    }
}
