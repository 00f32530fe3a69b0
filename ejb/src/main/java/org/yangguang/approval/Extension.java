package org.yangguang.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.SystemText;

/**
 * 延期 (行政许可法 第四十二条): once per case, by at most what the matter allowed at receipt
 * (10 working days, 15 for joint handling, unless the matter says otherwise), with a reason told
 * to the applicant and the approval of the agency's head. A case worker asks for it; the
 * department's approver grants it.
 */
@Embeddable
public class Extension {
    @Column(name = "extension_days", nullable = false)
    private int days;

    /** The extension the matter allowed at receipt (延期上限). */
    @Column(name = "max_extension_days", nullable = false, updatable = false)
    private int maxDays;

    @Column(name = "extension_reason", length = 500)
    private String reason;

    @Column(name = "extension_approver", length = 40)
    private String approver;

    @Column(name = "extended_on")
    private LocalDate grantedOn;

    @Column(name = "extension_requested_days")
    private Integer requestedDays;

    @Column(name = "extension_requested_reason", length = 500)
    private String requestedReason;

    @Column(name = "extension_requested_by", length = 40)
    private String requestedBy;

    @Column(name = "extension_requested_on")
    private LocalDate requestedOn;

    protected Extension() {}

    Extension(int maxDays) {
        this.maxDays = maxDays;
    }

    void request(int days, String why, String by, LocalDate today) {
        validate(days, why);
        requestedDays = days;
        requestedReason = why.trim();
        requestedBy = by;
        requestedOn = today;
    }

    void grant(int days, String why, String by, LocalDate today) {
        validate(days, why);
        this.days = days;
        this.reason = why.trim();
        this.approver = by;
        this.grantedOn = today;
    }

    private void validate(int days, String why) {
        if (days < 1 || days > maxDays) {
            throw new InvalidInputException(SystemText.of("case.extension.days", maxDays));
        }
        if (why == null || why.isBlank()) {
            throw new InvalidInputException(SystemText.of("case.extension.reasonMissing"));
        }
    }

    public boolean isGranted() {
        return days > 0;
    }

    /** Asked for and not granted yet: waiting for the approver. */
    public boolean isPending() {
        return requestedDays != null && days == 0;
    }

    public int getDays() { return days; }
    public int getMaxDays() { return maxDays; }
    public String getReason() { return reason; }
    public String getApprover() { return approver; }
    public LocalDate getGrantedOn() { return grantedOn; }
    public Integer getRequestedDays() { return requestedDays; }
    public String getRequestedReason() { return requestedReason; }
    public String getRequestedBy() { return requestedBy; }
    public LocalDate getRequestedOn() { return requestedOn; }
}
