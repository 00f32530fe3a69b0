package org.yangguang.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One line of the case's single fee bill (一单式收费): published standard and amount charged. */
@Embeddable
public class CaseFee {
    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "standard_amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal standardAmount;

    @Column(name = "charged_amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal chargedAmount;

    @Column(name = "override_reason", length = 500)
    private String overrideReason;

    protected CaseFee() {}

    CaseFee(String name, BigDecimal standardAmount, BigDecimal chargedAmount, String overrideReason) {
        this.name = name;
        this.standardAmount = standardAmount;
        this.chargedAmount = chargedAmount;
        this.overrideReason = overrideReason;
    }

    public boolean isAboveStandard() {
        return chargedAmount.compareTo(standardAmount) > 0;
    }

    public String getName() { return name; }
    public BigDecimal getStandardAmount() { return standardAmount; }
    public BigDecimal getChargedAmount() { return chargedAmount; }
    public String getOverrideReason() { return overrideReason; }
}
