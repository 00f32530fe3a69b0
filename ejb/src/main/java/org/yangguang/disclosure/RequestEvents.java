package org.yangguang.disclosure;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.shared.BrokenRule;
import org.yangguang.shared.InvalidValue;
import org.yangguang.shared.SystemText;

/**
 * What happened to a disclosure request that bears on its time limits: receipt, the correction
 * notice and the correction, third-party consultations, the extension, the fee notice and the
 * payment. Immutable: each verb returns the events with one more, and refuses what the 条例 does
 * not allow (a second correction notice, a second extension …). {@link #limits} turns them into
 * deadlines, so supervision can evaluate (and replay) a request from its events alone.
 *
 * @param receivedOn the receipt date (收到申请之日), see {@link ReceiptChannel#receivedOn}
 * @param correction the correction notice, null if none was needed
 * @param consultations the third parties asked, in the order asked
 * @param extension the extension of the reply limit, null if none
 * @param fee the fee notice, null if no fee was asked
 */
public record RequestEvents(LocalDate receivedOn, CorrectionNotice correction, List<ThirdPartyConsultation> consultations,
        ReplyExtension extension, FeeNotice fee) implements Serializable {

    public RequestEvents {
        Objects.requireNonNull(receivedOn, "收到申请日期不能为空");
        consultations = List.copyOf(consultations);
        if (correction != null) notBeforeReceipt(receivedOn, correction.issuedOn(), SystemText.of("disclosure.date.correctionNotice"));
        for (ThirdPartyConsultation c : consultations) notBeforeReceipt(receivedOn, c.askedOn(), SystemText.of("disclosure.date.consultation"));
        if (extension != null) notBeforeReceipt(receivedOn, extension.grantedOn(), SystemText.of("disclosure.date.extension"));
        if (fee != null) notBeforeReceipt(receivedOn, fee.issuedOn(), SystemText.of("disclosure.date.feeNotice"));
    }

    private static void notBeforeReceipt(LocalDate receivedOn, LocalDate date, SystemText what) {
        if (date.isBefore(receivedOn)) {
            throw new InvalidValue(SystemText.of("disclosure.date.beforeReceipt", what, date, receivedOn));
        }
    }

    /** A request just received: nothing else has happened yet. */
    public static RequestEvents receivedOn(LocalDate receivedOn) {
        return new RequestEvents(receivedOn, null, List.of(), null, null);
    }

    /**
     * The day the 20 working days of the reply start from: the receipt, or the arrival of the
     * correction if one was asked for (条例 第三十条); null while the correction is awaited.
     */
    public LocalDate replyClockStart() {
        return correction == null ? receivedOn : correction.correctedOn();
    }

    /** A correction was asked for and has not arrived. */
    public boolean isAwaitingCorrection() {
        return correction != null && !correction.isCorrected();
    }

    // ---------------------------------------------------------------- verbs

    /** 一次性告知: one notice of everything to correct, by {@code dueOn}. */
    public RequestEvents noticeCorrection(LocalDate issuedOn, LocalDate dueOn) {
        if (correction != null) {
            throw new BrokenRule(SystemText.of("disclosure.correction.once", correction.issuedOn()));
        }
        if (!consultations.isEmpty() || extension != null || fee != null) {
            throw new BrokenRule(SystemText.of("disclosure.correction.tooLate"));
        }
        return new RequestEvents(receivedOn, new CorrectionNotice(issuedOn, dueOn, null), consultations, extension, fee);
    }

    public RequestEvents corrected(LocalDate on) {
        if (correction == null) {
            throw new BrokenRule(SystemText.of("disclosure.correction.notNoticed"));
        }
        return new RequestEvents(receivedOn, correction.corrected(on), consultations, extension, fee);
    }

    public RequestEvents consultThirdParty(String party, LocalDate askedOn) {
        requireRunning(SystemText.of("disclosure.doing.consult"), askedOn);
        ThirdPartyConsultation asked = new ThirdPartyConsultation(party, askedOn, null);
        if (consultations.stream().anyMatch(c -> c.party().equals(asked.party()) && !c.isAnswered())) {
            throw new BrokenRule(SystemText.of("disclosure.consult.pending", asked.party()));
        }
        List<ThirdPartyConsultation> all = new ArrayList<>(consultations);
        all.add(asked);
        return new RequestEvents(receivedOn, correction, all, extension, fee);
    }

    /** The answer of a third party asked and not answered yet. */
    public RequestEvents thirdPartyAnswered(String party, LocalDate on) {
        List<ThirdPartyConsultation> all = new ArrayList<>(consultations);
        for (int i = 0; i < all.size(); i++) {
            ThirdPartyConsultation c = all.get(i);
            if (c.party().equals(party == null ? null : party.trim()) && !c.isAnswered()) {
                all.set(i, c.answered(on));
                return new RequestEvents(receivedOn, correction, all, extension, fee);
            }
        }
        throw new BrokenRule(SystemText.of("disclosure.consult.notAsked", String.valueOf(party)));
    }

    /** 延长答复期限: once, 1 to 20 working days, with the approver and the reason. */
    public RequestEvents extend(int days, String approver, String reason, LocalDate grantedOn) {
        if (extension != null) {
            throw new BrokenRule(SystemText.of("disclosure.extension.once", extension.grantedOn(), extension.days()));
        }
        requireRunning(SystemText.of("disclosure.doing.extend"), grantedOn);
        return new RequestEvents(receivedOn, correction, consultations, new ReplyExtension(days, approver, reason, grantedOn), fee);
    }

    /** A fee notice with the default time to pay ({@value RequestLimits#DEFAULT_FEE_PAYMENT_DAYS} working days). */
    public RequestEvents noticeFee(long amountYuan, LocalDate issuedOn) {
        return noticeFee(amountYuan, issuedOn, RequestLimits.DEFAULT_FEE_PAYMENT_DAYS);
    }

    public RequestEvents noticeFee(long amountYuan, LocalDate issuedOn, int paymentDays) {
        if (fee != null) {
            throw new BrokenRule(SystemText.of("disclosure.fee.noticedAlready", fee.issuedOn()));
        }
        requireRunning(SystemText.of("disclosure.doing.noticeFee"), issuedOn);
        return new RequestEvents(receivedOn, correction, consultations, extension, new FeeNotice(amountYuan, issuedOn, paymentDays, null));
    }

    public RequestEvents feePaid(LocalDate on) {
        if (fee == null) {
            throw new BrokenRule(SystemText.of("disclosure.fee.notNoticed"));
        }
        return new RequestEvents(receivedOn, correction, consultations, extension, fee.paid(on));
    }

    /** Every deadline of the request on this calendar. */
    public RequestLimits limits(WorkingCalendar calendar) {
        return RequestLimits.of(calendar, this);
    }

    private void requireRunning(SystemText what, LocalDate on) {
        if (isAwaitingCorrection()) {
            throw new BrokenRule(SystemText.of("disclosure.running.awaitingCorrection", what));
        }
        if (correction != null && correction.isCorrectedLate()) {
            throw new BrokenRule(SystemText.of("disclosure.running.correctedLate", what));
        }
        LocalDate start = replyClockStart();
        if (on != null && on.isBefore(start)) {
            throw new InvalidValue(SystemText.of(correction == null ? "disclosure.running.beforeReceipt" : "disclosure.running.beforeCorrection",
                    what, on, start));
        }
    }
}
