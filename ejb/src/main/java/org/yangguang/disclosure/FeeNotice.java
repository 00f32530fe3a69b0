package org.yangguang.disclosure;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.yangguang.calendar.ClockStop;
import org.yangguang.calendar.TimeLimit;
import org.yangguang.shared.BrokenRule;
import org.yangguang.shared.InvalidValue;
import org.yangguang.shared.SystemText;

/**
 * 收费通知 (政府信息公开条例 第四十二条, 政府信息公开信息处理费管理办法): the processing fee asked of
 * the applicant and the working days they have to pay it; unpaid by then, the request is deemed
 * withdrawn. From the notice until payment the reply clock stands still: no information is
 * prepared for a fee that may never be paid.
 *
 * @param amountYuan the fee in whole yuan, see {@link ProcessingFee}
 * @param issuedOn the day the notice was given
 * @param paymentDays working days to pay, {@link RequestLimits#DEFAULT_FEE_PAYMENT_DAYS} unless configured
 * @param paidOn the day the fee was paid, null until then
 */
public record FeeNotice(long amountYuan, LocalDate issuedOn, int paymentDays, LocalDate paidOn) implements Serializable {
    public FeeNotice {
        if (amountYuan <= 0) {
            throw new InvalidValue(SystemText.of("disclosure.fee.amountPositive", amountYuan));
        }
        Objects.requireNonNull(issuedOn, "收费通知日期不能为空");
        if (paymentDays < 1 || paymentDays > TimeLimit.MAX_VALUE) {
            throw new InvalidValue(SystemText.of("disclosure.fee.paymentDays", TimeLimit.MAX_VALUE, paymentDays));
        }
        if (paidOn != null && paidOn.isBefore(issuedOn)) {
            throw new InvalidValue(SystemText.of("disclosure.fee.paidBeforeNotice", paidOn, issuedOn));
        }
    }

    public boolean isPaid() {
        return paidOn != null;
    }

    /** The pause of the reply clock: open until the fee is paid. */
    public ClockStop clockStop() {
        return new ClockStop(issuedOn, paidOn, SystemText.of("deadline.stop.fee"));
    }

    FeeNotice paid(LocalDate on) {
        if (paidOn != null) {
            throw new BrokenRule(SystemText.of("disclosure.fee.paidAlready", paidOn));
        }
        return new FeeNotice(amountYuan, issuedOn, paymentDays, Objects.requireNonNull(on, "缴费日期不能为空"));
    }
}
