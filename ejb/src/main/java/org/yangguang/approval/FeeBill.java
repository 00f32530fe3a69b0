package org.yangguang.approval;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.time.LocalDate;
import org.yangguang.catalog.FeeItem;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.SystemText;

/**
 * The single fee bill (一单式收费): the matter's fee items at the amounts charged. Fees only at
 * the published standard; less only where the item may be reduced; more only with a reason, and
 * that is a supervision finding.
 */
@Embeddable
public class FeeBill {
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "case_fee", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "seq")
    private List<CaseFee> fees = new ArrayList<>();

    /** The bill's total, never null: lists and statistics read it without the lines. */
    @Column(name = "fee_total", nullable = false, precision = 12, scale = 2)
    private BigDecimal total = BigDecimal.ZERO;

    /**
     * Replaces the bill with these amounts, one per fee item.
     *
     * @return the violation when any amount is above the published standard
     */
    Optional<CaseViolation> charge(List<FeeItem> items, List<BigDecimal> amounts, String overrideReason, LocalDate on) {
        if (amounts == null || amounts.size() != items.size()) {
            throw new InvalidInputException(SystemText.of("case.fee.count", items.size()));
        }
        List<CaseFee> bill = new ArrayList<>();
        boolean above = false;
        for (int i = 0; i < items.size(); i++) {
            BigDecimal charged = amounts.get(i);
            if (charged == null || charged.signum() < 0) throw new InvalidInputException(SystemText.of("case.fee.negative"));
            FeeItem item = items.get(i);
            boolean over = charged.compareTo(item.getAmount()) > 0;
            above |= over;
            if (charged.compareTo(item.getAmount()) < 0 && !item.isReducible()) {
                throw new InvalidInputException(SystemText.of("case.fee.notReducible", item.getName(), item.getAmount().toPlainString()));
            }
            bill.add(new CaseFee(item.getName(), item.getAmount(), charged.setScale(2, RoundingMode.HALF_UP),
                    over ? overrideReason : null));
        }
        if (above && (overrideReason == null || overrideReason.isBlank())) {
            throw new InvalidInputException(SystemText.of("case.fee.aboveNeedsReason"));
        }
        fees.clear();
        fees.addAll(bill);
        total = fees.stream().map(CaseFee::getChargedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return above ? Optional.of(new CaseViolation(ViolationKind.FEE_ABOVE_STANDARD, on,
                org.yangguang.shared.SystemText.of("case.violation.feeAbove", total.toPlainString())))
                : Optional.empty();
    }

    public List<CaseFee> getFees() { return List.copyOf(fees); }
    public BigDecimal getTotal() { return total == null ? BigDecimal.ZERO : total; }
}
