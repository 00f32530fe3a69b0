package org.yangguang.disclosure;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

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
            throw new IllegalArgumentException("延长答复期限须为1到" + RequestLimits.MAX_EXTENSION_DAYS + "个工作日：" + days);
        }
        if (approver == null || approver.isBlank()) {
            throw new IllegalArgumentException("延长答复期限须经政府信息公开工作机构负责人同意，请填写审批人");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("延长答复期限须说明理由并告知申请人");
        }
        approver = approver.trim();
        reason = reason.trim();
        Objects.requireNonNull(grantedOn, "延期日期不能为空");
    }
}
