package org.yangguang.disclosure;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.yangguang.calendar.ClockStop;
import org.yangguang.calendar.Deadline;
import org.yangguang.calendar.DeadlineCalculator;
import org.yangguang.calendar.TimeLimit;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.shared.SystemText;

/**
 * Every deadline of a disclosure request, computed in one go from its {@link RequestEvents} on one
 * calendar, each with its derivation ({@link Deadline#skipped()}). A value: recompute it when an
 * event happens or the calendar changes, and compare.
 *
 * <ul>
 *   <li>{@code correctionNotice}: the last day for the correction notice, 7 working days after
 *       receipt (条例 第三十条).</li>
 *   <li>{@code thirdPartyAnswers}: the last day each third party may answer, 15 working days after
 *       being asked (第三十二条), in the order of {@link RequestEvents#consultations()}.</li>
 *   <li>{@code feePayment}: the last day to pay the fee; null without a fee notice.</li>
 *   <li>{@code reply}: 20 working days (第三十三条) from {@link RequestEvents#replyClockStart()}, not
 *       counting the third-party consultations and the wait for the fee ({@code stops}). Null when
 *       no reply is due: the correction is awaited, or the request is deemed withdrawn by a late
 *       correction or payment. Suspended ({@link Deadline#isSuspended()}) while the fee is unpaid.</li>
 *   <li>{@code extendedReply}: the same with the extension's working days on top; null without one.</li>
 * </ul>
 */
public record RequestLimits(RequestEvents events, Deadline correctionNotice, List<Deadline> thirdPartyAnswers,
        Deadline feePayment, List<ClockStop> stops, Deadline reply, Deadline extendedReply, long calendarVersion,
        List<SystemText> warnings) implements Serializable {

    /** 条例 第三十条: the correction notice within 7 working days of receipt. */
    public static final int CORRECTION_NOTICE_DAYS = 7;
    /** 条例 第三十三条: reply within 20 working days. */
    public static final int REPLY_DAYS = 20;
    /** 条例 第三十三条: extendable once by at most 20 working days. */
    public static final int MAX_EXTENSION_DAYS = 20;
    /** 条例 第三十二条: a third party has 15 working days to answer. */
    public static final int THIRD_PARTY_ANSWER_DAYS = 15;
    /** Working days to pay the processing fee (**default** of domain.md, 信息处理费管理办法). */
    public static final int DEFAULT_FEE_PAYMENT_DAYS = 20;

    public RequestLimits {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(correctionNotice, "correctionNotice");
        thirdPartyAnswers = List.copyOf(thirdPartyAnswers);
        stops = List.copyOf(stops);
        warnings = List.copyOf(warnings);
    }

    public static RequestLimits of(WorkingCalendar calendar, RequestEvents events) {
        Deadline notice = workingDays(calendar, events.receivedOn(), CORRECTION_NOTICE_DAYS, List.of());
        List<Deadline> answers = new ArrayList<>();
        List<ClockStop> stops = new ArrayList<>();
        for (ThirdPartyConsultation c : events.consultations()) {
            Deadline answer = workingDays(calendar, c.askedOn(), THIRD_PARTY_ANSWER_DAYS, List.of());
            answers.add(answer);
            stops.add(c.clockStop(answer.date()));
        }
        FeeNotice fee = events.fee();
        Deadline payment = null;
        if (fee != null) {
            payment = workingDays(calendar, fee.issuedOn(), fee.paymentDays(), List.of());
            stops.add(fee.clockStop());
        }
        boolean withdrawn = (events.correction() != null && events.correction().isCorrectedLate())
                || (payment != null && fee.isPaid() && fee.paidOn().isAfter(payment.date()));
        LocalDate start = events.replyClockStart();
        Deadline reply = null;
        Deadline extended = null;
        if (start != null && !withdrawn) {
            reply = workingDays(calendar, start, REPLY_DAYS, stops);
            if (events.extension() != null) {
                extended = workingDays(calendar, start, REPLY_DAYS + events.extension().days(), stops);
            }
        }
        List<SystemText> warnings = Stream.of(Stream.of(notice, payment, reply, extended), answers.stream())
                .flatMap(s -> s).filter(Objects::nonNull).flatMap(d -> d.warnings().stream()).distinct().toList();
        return new RequestLimits(events, notice, answers, payment, stops, reply, extended, calendar.version(), warnings);
    }

    private static Deadline workingDays(WorkingCalendar calendar, LocalDate from, int days, List<ClockStop> stops) {
        return DeadlineCalculator.deadline(calendar, from, TimeLimit.workingDays(days), stops);
    }

    /**
     * The day the reply is due: the extended deadline if extended, else the reply deadline; null
     * while no date can be given (see {@code reply}).
     */
    public LocalDate replyDue() {
        Deadline d = extendedReply != null ? extendedReply : reply;
        return d == null ? null : d.date();
    }

    /** The correction notice came after its 7 working days (a broken 一次性告知 for supervision). */
    public boolean isCorrectionNoticeLate() {
        return events.correction() != null && events.correction().issuedOn().isAfter(correctionNotice.date());
    }

    /** The extension was granted after the reply deadline it extends had passed. */
    public boolean isExtensionLate() {
        return events.extension() != null && reply != null && reply.date() != null
                && events.extension().grantedOn().isAfter(reply.date());
    }

    /**
     * The outcome the request closes with if, by the end of {@code today}, the applicant has let
     * the correction or the payment lapse (视为放弃申请); empty otherwise. The outcome goes to
     * table 三 like any reply's.
     */
    public Optional<DisclosureOutcome> deemedWithdrawal(LocalDate today) {
        if (events.correction() != null && events.correction().isMissed(today)) {
            return Optional.of(DisclosureOutcome.NO_CORRECTION_IN_TIME);
        }
        FeeNotice fee = events.fee();
        if (fee != null) {
            LocalDate due = feePayment.date();
            boolean missed = fee.isPaid() ? fee.paidOn().isAfter(due) : today.isAfter(due);
            if (missed) return Optional.of(DisclosureOutcome.FEE_NOT_PAID);
        }
        return Optional.empty();
    }
}
