package org.yangguang.disclosure;

import java.time.LocalDate;
import org.yangguang.shared.InvalidValue;
import org.yangguang.shared.Labelled;
import org.yangguang.shared.SystemText;

/**
 * How a disclosure request reached the agency, and so which day counts as its receipt: every time
 * limit of the request starts there (政府信息公开条例 第三十一条, as domain.md reads it for e-mail
 * and online requests: the day the system received them).
 */
public enum ReceiptChannel implements Labelled {
    IN_PERSON("当面提交", ReceiptDate.SUBMITTED),
    /** Post that the agency signs for (挂号信, EMS …). */
    REGISTERED_POST("邮寄（需签收）", ReceiptDate.SIGNED_FOR),
    /** Post without signature (平常信函): the office confirms receipt with the applicant by phone. */
    ORDINARY_POST("平常信函", ReceiptDate.CONFIRMED),
    EMAIL("电子邮件", ReceiptDate.SUBMITTED),
    ONLINE("网上申请", ReceiptDate.SUBMITTED),
    /** Fax: the day both sides confirm it came through. */
    FAX("传真", ReceiptDate.CONFIRMED);

    /** The date of the channel that is the receipt date. */
    public enum ReceiptDate implements Labelled {
        /** Handed in at the office, or received by the agency's mail or online system. */
        SUBMITTED("提交日期"),
        /** Signed for by the agency. */
        SIGNED_FOR("签收日期"),
        /** Confirmed with the applicant (by phone for ordinary post; by both sides for a fax). */
        CONFIRMED("确认日期");

        private final String label;

        ReceiptDate(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    private final String label;
    private final ReceiptDate receiptDate;

    ReceiptChannel(String label, ReceiptDate receiptDate) {
        this.label = label;
        this.receiptDate = receiptDate;
    }

    @Override
    public String label() {
        return label;
    }

    /** Which of the dates passed to {@link #receivedOn} this channel needs. */
    public ReceiptDate receiptDate() {
        return receiptDate;
    }

    /**
     * The receipt date (收到申请之日) from the dates known for the request; only the one this channel
     * needs is required, the others may be null.
     *
     * @param submitted the day handed in, or received by the agency's system (e-mail, online)
     * @param signedFor the day the agency signed for the letter
     * @param confirmed the day receipt was confirmed with the applicant
     * @throws IllegalArgumentException if the needed date is missing, or is before {@code submitted}
     */
    public LocalDate receivedOn(LocalDate submitted, LocalDate signedFor, LocalDate confirmed) {
        LocalDate date = switch (receiptDate) {
            case SUBMITTED -> submitted;
            case SIGNED_FOR -> signedFor;
            case CONFIRMED -> confirmed;
        };
        if (date == null) {
            throw new InvalidValue(SystemText.of("disclosure.receipt.dateMissing", this, receiptDate));
        }
        if (submitted != null && date.isBefore(submitted)) {
            throw new InvalidValue(SystemText.of("disclosure.receipt.beforeSubmitted", receiptDate, date, submitted));
        }
        return date;
    }

    public static ReceiptChannel fromLabel(String text) {
        return Labelled.parse(ReceiptChannel.class, text, "申请方式");
    }
}
