package org.yangguang.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yangguang.calendar.Calendars;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.shared.InvalidInputException;

class ReplyLetterTest {
    private static final WorkingCalendar CAL = Calendars.official();
    private static final LocalDate REPLIED = LocalDate.of(2026, 9, 10);
    /** Punctuation, an optional closing quote or bracket, punctuation again: 名单。”。 or 。。 or ，。 */
    private static final Pattern DOUBLED = Pattern.compile("[。．.！!？?；;，,、：:][”\"’）)]?[。．！？；，、：]");

    static DisclosureRequest request(String description) {
        NewDisclosureRequest f = new NewDisclosureRequest();
        f.setApplicantName("王小明");
        f.setIdentityNumber("330303199001011234");
        f.setPhone("13800000000");
        f.setDescription(description);
        f.setDeliveryWay(DeliveryWay.ONLINE);
        return new DisclosureRequest("GK330399-20260901-000001", "ABCDEF", 1L, f, ReceiptChannel.ONLINE,
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 1), Instant.parse("2026-09-01T02:00:00Z"), "online", CAL);
    }

    static DisclosureRequest request() {
        return request("2026年食品经营许可抽查结果");
    }

    /** A reply of this outcome, with what a withholding one needs. */
    static DisclosureRequest replied(DisclosureRequest r, DisclosureOutcome o, String text) {
        if (o == DisclosureOutcome.NO_CORRECTION_IN_TIME) {
            // the lapse must be a fact: a correction notice whose day has passed
            r.noticeCorrection("请写明文件名称", LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 4), CAL);
            r.reply(o, text, DeliveryWay.POST, REPLIED, "editor", CAL);
        } else if (o == DisclosureOutcome.FEE_NOT_PAID) {
            r.noticeFee(ProcessingFee.forRequest(FeeMethod.BY_PAGE, 0, 60), 60, LocalDate.of(2026, 9, 2), CAL);
            r.reply(o, text, DeliveryWay.POST, LocalDate.of(2026, 11, 30), "editor", CAL);
        } else if (o == DisclosureOutcome.PARTLY_DISCLOSED) {
            r.reply(new DisclosureRequest.Reply(o, text, DeliveryWay.ONLINE, "第3页中当事人的身份证号码和住址。",
                    List.of(WithholdingGround.THIRD_PARTY_RIGHTS)), REPLIED, "editor", CAL);
        } else {
            r.reply(o, text, DeliveryWay.ONLINE, REPLIED, "editor", CAL);
        }
        return r;
    }

    @Test
    void everyOutcomeHasItsOwnDecisionText() {
        Set<String> texts = new HashSet<>();
        for (DisclosureOutcome o : DisclosureOutcome.values()) assertTrue(texts.add(ReplyLetter.decision(o)), o.name());
        assertTrue(ReplyLetter.decision(DisclosureOutcome.STATE_SECRET).contains("第十四条"));
        assertTrue(ReplyLetter.decision(DisclosureOutcome.THIRD_PARTY_RIGHTS).contains("第十五条"));
        assertTrue(ReplyLetter.decision(DisclosureOutcome.PROCESS_INFORMATION).contains("第十六条第二款"));
        assertTrue(ReplyLetter.decision(DisclosureOutcome.NOT_HELD).contains("第三十六条第（四）项"));
        assertTrue(ReplyLetter.decision(DisclosureOutcome.NO_CORRECTION_IN_TIME).contains("第三十条"));
    }

    /**
     * The class of defect: user text set into the template's sentences doubles punctuation
     * (申请获取“…名单。”。). Every outcome, with a description and an explanation that end with
     * each kind of punctuation or none, gives a letter without doubled punctuation.
     */
    @TestFactory
    List<DynamicTest> noLetterDoublesPunctuation() {
        List<String> endings = List.of("", "。", "；", "，", "！", "？", ".", "。 ", "：", "…", "）");
        List<DynamicTest> tests = new ArrayList<>();
        for (DisclosureOutcome o : DisclosureOutcome.values()) {
            for (String end : endings) {
                tests.add(DynamicTest.dynamicTest(o + " ending with \"" + end + "\"", () -> {
                    DisclosureRequest r = replied(request("2025年度食品抽检不合格企业名单" + end), o, "见附件" + end);
                    ReplyLetter letter = ReplyLetter.of(r, "阳光县市场监督管理局", List.of("抽检结果.pdf"));
                    for (String p : letter.paragraphs()) {
                        assertFalse(DOUBLED.matcher(p).find(), () -> "doubled punctuation in: " + p);
                    }
                    assertTrue(letter.paragraphs().get(0).contains("申请获取“2025年度食品抽检不合格企业名单"), letter.paragraphs().get(0));
                }));
            }
        }
        return tests;
    }

    @Test
    void theCaseFromTheIssue() {
        DisclosureRequest r = replied(request("2025年度食品抽检不合格企业名单。"), DisclosureOutcome.DISCLOSED, "见附件");
        ReplyLetter letter = ReplyLetter.of(r, "阳光县市场监督管理局", List.of("名单.xlsx"));
        String text = String.join("", letter.paragraphs());
        assertTrue(text.contains("申请获取“2025年度食品抽检不合格企业名单”。"), text);
        assertTrue(text.contains("具体说明：见附件。"), text);
        assertTrue(text.contains("附件：1. 名单.xlsx。附件可凭申请编号和查询码"), text);
        assertEquals(List.of("名单.xlsx"), letter.attachments());
    }

    /** Every outcome that withholds information cites the article it rests on; 部分公开 its part and grounds too. */
    @TestFactory
    List<DynamicTest> whatIsWithheldHasItsLegalGround() {
        return java.util.Arrays.stream(DisclosureOutcome.values()).filter(DisclosureOutcome::withholds)
                .map(o -> DynamicTest.dynamicTest(o.name(), () -> {
                    String text = String.join("", ReplyLetter.of(replied(request(), o, "说明"), "阳光县市场监督管理局", List.of())
                            .paragraphs());
                    if (o == DisclosureOutcome.PARTLY_DISCLOSED) {
                        assertTrue(text.contains("第三十七条"), text);
                        assertTrue(text.contains("“第3页中当事人的身份证号码和住址”属于涉及商业秘密、个人隐私等"), text);
                        assertTrue(text.contains("第十五条、第三十七条的规定，本机关对该部分不予公开"), text);
                    } else if (o.ground() != null) {
                        assertTrue(ReplyLetter.decision(o).contains(o.ground().article()), o + " cites " + o.ground().article());
                    } else {
                        assertTrue(ReplyLetter.decision(o).contains("第三十六条第（七）项"), o.name());
                    }
                    assertTrue(text.contains("60日内"), "a withholding reply names the remedies");
                })).toList();
    }

    @Test
    void aPartialDisclosureNeedsThePartWithheldAndItsGrounds() {
        DisclosureRequest r = request();
        InvalidInputException none = assertThrows(InvalidInputException.class, () -> r.reply(DisclosureOutcome.PARTLY_DISCLOSED,
                "部分公开", DeliveryWay.ONLINE, REPLIED, "editor", CAL));
        assertEquals(List.of("withheld: 部分公开须写明不予公开的内容（条例 第三十七条）"), none.errors());
        InvalidInputException noGround = assertThrows(InvalidInputException.class, () -> r.reply(new DisclosureRequest.Reply(
                DisclosureOutcome.PARTLY_DISCLOSED, "部分公开", DeliveryWay.ONLINE, "第3页", List.of()), REPLIED, "editor", CAL));
        assertTrue(noGround.getMessage().startsWith("grounds: "), noGround.getMessage());
        assertEquals(RequestStatus.IN_PROGRESS, r.getStatus(), "a refused reply changes nothing");
        assertThrows(InvalidInputException.class, () -> r.reply(new DisclosureRequest.Reply(DisclosureOutcome.DISCLOSED, "见附件",
                DeliveryWay.ONLINE, "第3页", List.of(WithholdingGround.STATE_SECRET)), REPLIED, "editor", CAL),
                "a full disclosure withholds nothing");

        r.reply(new DisclosureRequest.Reply(DisclosureOutcome.PARTLY_DISCLOSED, "其余内容见附件", DeliveryWay.ONLINE, "第3页",
                List.of(WithholdingGround.THIRD_PARTY_RIGHTS, WithholdingGround.STATE_SECRET, WithholdingGround.STATE_SECRET)),
                REPLIED, "editor", CAL);
        assertEquals(List.of(WithholdingGround.STATE_SECRET, WithholdingGround.THIRD_PARTY_RIGHTS), r.getWithheldGrounds());
        String text = String.join("", ReplyLetter.of(r, "阳光县市场监督管理局", List.of()).paragraphs());
        assertTrue(text.contains("第十四条、第十五条、第三十七条"), text);
    }

    @Test
    void theGroundsOfTheNotDisclosedRowsAreTheirOwn() {
        for (DisclosureOutcome o : OutcomeGroup.NOT_DISCLOSED.outcomes()) {
            assertTrue(o.withholds(), o.name());
            if (o != DisclosureOutcome.ADMINISTRATIVE_INQUIRY) assertEquals(o.name(), o.ground().name());
        }
        assertFalse(DisclosureOutcome.DISCLOSED.withholds());
        assertFalse(DisclosureOutcome.NOT_HELD.withholds());
    }

    @Test
    void aRefusalNamesTheRemediesADisclosureDoesNot() {
        DisclosureRequest refused = request();
        refused.reply(DisclosureOutcome.PROCESS_INFORMATION, "属于内部讨论记录", DeliveryWay.POST, REPLIED, "editor", CAL);
        ReplyLetter letter = ReplyLetter.of(refused, "阳光县市场监督管理局", List.of());
        assertEquals("王小明", letter.addressee());
        assertTrue(letter.paragraphs().get(0).contains("2026年9月1日收到") && letter.paragraphs().get(0).contains("抽查结果"));
        assertTrue(letter.paragraphs().get(2).contains("属于内部讨论记录"));
        assertTrue(String.join("", letter.paragraphs()).contains("60日内"));
        assertEquals("2026年9月10日", letter.dateText());
        assertTrue(letter.attachments().isEmpty());

        DisclosureRequest disclosed = request();
        disclosed.reply(DisclosureOutcome.DISCLOSED, "见附件", DeliveryWay.EMAIL, REPLIED, "editor", CAL);
        String text = String.join("", ReplyLetter.of(disclosed, "阳光县市场监督管理局", List.of("a.pdf")).paragraphs());
        assertFalse(text.contains("行政复议"));
        assertFalse(text.contains("查询码"), "sent by e-mail: nothing to download");
    }

    @Test
    void theFullLabelNeverRepeatsAOneRowGroup() {
        assertEquals("部分公开", DisclosureOutcome.PARTLY_DISCLOSED.fullLabel());
        assertEquals("予以公开", DisclosureOutcome.DISCLOSED.fullLabel());
        assertEquals("不予公开：属于国家秘密", DisclosureOutcome.STATE_SECRET.fullLabel());
        for (DisclosureOutcome o : DisclosureOutcome.values()) {
            assertFalse(o.fullLabel().equals(o.group().label() + "：" + o.group().label()), o.name());
        }
    }

    @Test
    void noLetterBeforeTheReply() {
        assertThrows(IllegalStateException.class, () -> ReplyLetter.of(request(), "阳光县市场监督管理局", List.of()));
    }
}
