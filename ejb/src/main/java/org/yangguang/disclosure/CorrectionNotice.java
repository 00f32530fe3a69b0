package org.yangguang.disclosure;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.yangguang.shared.BrokenRule;
import org.yangguang.shared.InvalidValue;
import org.yangguang.shared.SystemText;

/**
 * 补正告知 (政府信息公开条例 第三十条): an unclear request gets one notice, within 7 working days of
 * receipt, of everything to correct and by when. The reply limit then runs from the day the
 * correction arrives; without a correction by {@code dueOn} the request is deemed withdrawn.
 *
 * @param issuedOn the day the notice was given
 * @param dueOn the last day for the correction, as the notice states it (the law leaves it to the agency)
 * @param correctedOn the day the correction arrived, null until then
 */
public record CorrectionNotice(LocalDate issuedOn, LocalDate dueOn, LocalDate correctedOn) implements Serializable {
    public CorrectionNotice {
        Objects.requireNonNull(issuedOn, "补正告知日期不能为空");
        Objects.requireNonNull(dueOn, "补正期限不能为空");
        if (!dueOn.isAfter(issuedOn)) {
            throw new InvalidValue(SystemText.of("disclosure.correction.dueNotAfterIssued", dueOn, issuedOn));
        }
        if (correctedOn != null && correctedOn.isBefore(issuedOn)) {
            throw new InvalidValue(SystemText.of("disclosure.correction.beforeNotice", correctedOn, issuedOn));
        }
    }

    public boolean isCorrected() {
        return correctedOn != null;
    }

    /** A correction arrived after the day the notice gave (on that day is in time). */
    public boolean isCorrectedLate() {
        return correctedOn != null && correctedOn.isAfter(dueOn);
    }

    /** Whether, by the end of {@code today}, the correction has been missed. */
    public boolean isMissed(LocalDate today) {
        return correctedOn != null ? isCorrectedLate() : today.isAfter(dueOn);
    }

    CorrectionNotice corrected(LocalDate on) {
        if (correctedOn != null) {
            throw new BrokenRule(SystemText.of("disclosure.correction.already", correctedOn));
        }
        return new CorrectionNotice(issuedOn, dueOn, Objects.requireNonNull(on, "收到补正的日期不能为空"));
    }
}
