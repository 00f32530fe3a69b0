package org.yangguang.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Which day is the receipt date, by channel (条例 第三十一条, domain.md). */
class ReceiptChannelTest {
    static final LocalDate SUBMITTED = LocalDate.parse("2026-11-20");
    static final LocalDate SIGNED_FOR = LocalDate.parse("2026-11-23");
    static final LocalDate CONFIRMED = LocalDate.parse("2026-11-24");

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "IN_PERSON,       2026-11-20",
        "REGISTERED_POST, 2026-11-23",
        "ORDINARY_POST,   2026-11-24",
        "EMAIL,           2026-11-20",
        "ONLINE,          2026-11-20",
        "FAX,             2026-11-24"
    })
    void eachChannelTakesItsOwnDate(ReceiptChannel channel, LocalDate expected) {
        assertEquals(expected, channel.receivedOn(SUBMITTED, SIGNED_FOR, CONFIRMED));
    }

    @Test
    void onlyTheDateTheChannelNeedsIsRequired() {
        assertEquals(SUBMITTED, ReceiptChannel.IN_PERSON.receivedOn(SUBMITTED, null, null));
        assertEquals(SUBMITTED, ReceiptChannel.ONLINE.receivedOn(SUBMITTED, null, null));
        assertEquals(SIGNED_FOR, ReceiptChannel.REGISTERED_POST.receivedOn(null, SIGNED_FOR, null));
        assertEquals(CONFIRMED, ReceiptChannel.ORDINARY_POST.receivedOn(null, null, CONFIRMED));
        assertEquals(CONFIRMED, ReceiptChannel.FAX.receivedOn(null, null, CONFIRMED));
    }

    @ParameterizedTest(name = "{0} without its date: {1}")
    @CsvSource({
        "IN_PERSON,       以“当面提交”方式提交的申请须填写提交日期",
        "REGISTERED_POST, 以“邮寄（需签收）”方式提交的申请须填写签收日期",
        "ORDINARY_POST,   以“平常信函”方式提交的申请须填写确认日期",
        "EMAIL,           以“电子邮件”方式提交的申请须填写提交日期",
        "ONLINE,          以“网上申请”方式提交的申请须填写提交日期",
        "FAX,             以“传真”方式提交的申请须填写确认日期"
    })
    void aMissingNeededDateIsRejectedSayingWhichOne(ReceiptChannel channel, String message) {
        // every date but the needed one is given
        ReceiptChannel.ReceiptDate needed = channel.receiptDate();
        LocalDate submitted = needed == ReceiptChannel.ReceiptDate.SUBMITTED ? null : SUBMITTED;
        LocalDate signedFor = needed == ReceiptChannel.ReceiptDate.SIGNED_FOR ? null : SIGNED_FOR;
        LocalDate confirmed = needed == ReceiptChannel.ReceiptDate.CONFIRMED ? null : CONFIRMED;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> channel.receivedOn(submitted, signedFor, confirmed));
        assertEquals(message, e.getMessage());
    }

    @Test
    void aReceiptBeforeTheSubmissionIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReceiptChannel.FAX.receivedOn(SIGNED_FOR, null, SUBMITTED));
        assertEquals("确认日期（2026-11-20）不能早于提交日期（2026-11-23）", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReceiptChannel.REGISTERED_POST.receivedOn(CONFIRMED, SIGNED_FOR, null));
    }

    @Test
    void aConfirmationOnTheDayOfSubmissionIsFine() {
        assertEquals(SUBMITTED, ReceiptChannel.ORDINARY_POST.receivedOn(SUBMITTED, null, SUBMITTED));
    }

    @Test
    void labelsAndDatesAreExact() {
        assertEquals(List.of("当面提交", "邮寄（需签收）", "平常信函", "电子邮件", "网上申请", "传真"),
                Arrays.stream(ReceiptChannel.values()).map(ReceiptChannel::label).toList());
        assertEquals(List.of("提交日期", "签收日期", "确认日期"),
                Arrays.stream(ReceiptChannel.ReceiptDate.values()).map(ReceiptChannel.ReceiptDate::label).toList());
    }

    @ParameterizedTest
    @EnumSource(ReceiptChannel.class)
    void parsesItsLabel(ReceiptChannel channel) {
        assertEquals(channel, ReceiptChannel.fromLabel(channel.label()));
    }
}
