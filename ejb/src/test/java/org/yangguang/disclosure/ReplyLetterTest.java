package org.yangguang.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yangguang.calendar.Calendars;
import org.yangguang.calendar.WorkingCalendar;

class ReplyLetterTest {
    private static final WorkingCalendar CAL = Calendars.official();

    private static DisclosureRequest request() {
        NewDisclosureRequest f = new NewDisclosureRequest();
        f.setApplicantName("王小明");
        f.setIdentityNumber("330303199001011234");
        f.setPhone("13800000000");
        f.setDescription("2026年食品经营许可抽查结果");
        return new DisclosureRequest("GK330399-20260901-000001", "ABCDEF", 1L, f, ReceiptChannel.ONLINE,
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 1), Instant.parse("2026-09-01T02:00:00Z"), "online", CAL);
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

    @Test
    void aRefusalNamesTheRemediesADisclosureDoesNot() {
        DisclosureRequest refused = request();
        refused.reply(DisclosureOutcome.PROCESS_INFORMATION, "属于内部讨论记录", DeliveryWay.POST, LocalDate.of(2026, 9, 10), "editor", CAL);
        ReplyLetter letter = ReplyLetter.of(refused, "阳光县市场监督管理局");
        assertEquals("王小明", letter.addressee());
        assertTrue(letter.paragraphs().get(0).contains("2026年9月1日收到") && letter.paragraphs().get(0).contains("抽查结果"));
        assertTrue(letter.paragraphs().get(2).contains("属于内部讨论记录"));
        assertTrue(String.join("", letter.paragraphs()).contains("60日内"));
        assertEquals("2026年9月10日", letter.dateText());

        DisclosureRequest disclosed = request();
        disclosed.reply(DisclosureOutcome.DISCLOSED, "见附件", DeliveryWay.EMAIL, LocalDate.of(2026, 9, 10), "editor", CAL);
        assertFalse(String.join("", ReplyLetter.of(disclosed, "阳光县市场监督管理局").paragraphs()).contains("行政复议"));
    }

    @Test
    void noLetterBeforeTheReply() {
        assertThrows(IllegalStateException.class, () -> ReplyLetter.of(request(), "阳光县市场监督管理局"));
    }
}
