package org.yangguang.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A fee at its published standard (收费标准). Charging more is a supervision finding. */
@Embeddable
public class FeeItem {
    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "legal_basis", length = 500)
    private String legalBasis;

    @Column(name = "reducible", nullable = false)
    private boolean reducible;

    protected FeeItem() {}

    FeeItem(MatterDraft.FeeLine line) {
        this.name = line.getName().trim();
        this.amount = line.getAmount();
        this.legalBasis = line.getLegalBasis();
        this.reducible = line.isReducible();
    }

    MatterDraft.FeeLine toLine() {
        var l = new MatterDraft.FeeLine();
        l.setName(name);
        l.setAmount(amount);
        l.setLegalBasis(legalBasis);
        l.setReducible(reducible);
        return l;
    }

    public String getName() { return name; }
    public BigDecimal getAmount() { return amount; }
    public String getLegalBasis() { return legalBasis; }
    public boolean isReducible() { return reducible; }

    @Override
    public String toString() {
        return name + " " + amount.toPlainString() + "元" + (reducible ? "（可减免）" : "") + "，依据："
                + (legalBasis == null ? "" : legalBasis);
    }
}
