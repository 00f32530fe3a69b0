package org.yangguang.disclosure;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.yangguang.shared.InvalidValue;
import org.yangguang.shared.SystemText;

/**
 * 延长答复期限 (政府信息公开条例 第三十三条): once, by at most 20 working days, approved by the head of
 * the disclosure office (政府信息公开工作机构负责人), with the applicant told why.
 *
 * @param days working days added to the reply limit, 1 to {@link RequestLimits#MAX_EXTENSION_DAYS}
 * @param approver the head of the disclosure office who approved it
 * @param reason the reason told to the applicant
 * @param grantedOn the day it was approved and the applicant told
 */
public record ReplyExtension(int days, String approver, String reason, LocalDate grantedOn) implements Serializable {
    public ReplyExtension {
        if (days < 1 || days > RequestLimits.MAX_EXTENSION_DAYS) {
            throw new InvalidValue(SystemText.of("disclosure.extension.days", RequestLimits.MAX_EXTENSION_DAYS, days));
        }
        if (approver == null || approver.isBlank()) {
            throw new InvalidValue(SystemText.of("disclosure.extension.approverMissing"));
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidValue(SystemText.of("disclosure.extension.reasonMissing"));
        }
        approver = approver.trim();
        reason = reason.trim();
        Objects.requireNonNull(grantedOn, "延期日期不能为空");
    }
}
