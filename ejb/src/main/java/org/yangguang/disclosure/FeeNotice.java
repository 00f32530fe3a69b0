package org.yangguang.disclosure;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.yangguang.calendar.ClockStop;
import org.yangguang.calendar.TimeLimit;

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
            throw new IllegalArgumentException("收费通知的金额须大于0元：" + amountYuan);
        }
        Objects.requireNonNull(issuedOn, "收费通知日期不能为空");
        if (paymentDays < 1 || paymentDays > TimeLimit.MAX_VALUE) {
            throw new IllegalArgumentException("缴费期限须在1到" + TimeLimit.MAX_VALUE + "个工作日之间：" + paymentDays);
        }
        if (paidOn != null && paidOn.isBefore(issuedOn)) {
            throw new IllegalArgumentException("缴费日期（" + paidOn + "）不能早于收费通知日期（" + issuedOn + "）");
        }
    }

    public boolean isPaid() {
        return paidOn != null;
    }

    /** The pause of the reply clock: open until the fee is paid. */
    public ClockStop clockStop() {
        return new ClockStop(issuedOn, paidOn, "等待缴纳信息处理费");
    }

    FeeNotice paid(LocalDate on) {
        if (paidOn != null) {
            throw new IllegalStateException("信息处理费已于" + paidOn + "缴纳");
        }
        return new FeeNotice(amountYuan, issuedOn, paymentDays, Objects.requireNonNull(on, "缴费日期不能为空"));
    }
}
