package org.yangguang.approval;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yangguang.catalog.Material;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.SystemText;

/**
 * 受理审查: the checklist of the matter's materials, what was received, and the one-time
 * correction notice (一次性告知, 行政许可法 第三十二条) with what it listed.
 */
@Embeddable
public class AcceptanceCheck {
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "case_material", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "seq")
    private List<CaseMaterial> materials = new ArrayList<>();

    /** Never null in the database, so the part is always there (with its materials). */
    @Column(name = "correction_notices", nullable = false)
    private int correctionNotices;

    @Column(name = "correction_requested_on")
    private LocalDate correctionRequestedOn;

    @Column(name = "missing_materials", columnDefinition = "text")
    private String missingMaterials;

    @Column(name = "supplemented_on")
    private LocalDate supplementedOn;

    @Column(name = "accepted_on")
    private LocalDate acceptedOn;

    @Column(name = "refused_on")
    private LocalDate refusedOn;

    @Column(name = "refusal_reason", length = 1000)
    private String refusalReason;

    protected AcceptanceCheck() {}

    AcceptanceCheck(List<Material> checklist, List<String> received) {
        for (Material m : checklist) {
            CaseMaterial cm = new CaseMaterial(m.getName(), m.isMandatory());
            if (received != null && received.contains(m.getName())) cm.markReceived(null);
            materials.add(cm);
        }
    }

    /** The required materials not (yet) received. */
    public List<String> missing() {
        return materials.stream().filter(CaseMaterial::isMissing).map(CaseMaterial::getName).toList();
    }

    /** Every material not ticked yet, required or not. */
    public List<String> unchecked() {
        return materials.stream().filter(m -> !m.isReceived()).map(CaseMaterial::getName).toList();
    }

    /**
     * One-time correction notice (一次性告知, 行政许可法 第三十二条): lists everything missing (the
     * required materials not received, unless the clerk names them). A second notice, or one after
     * the 5 working days, breaks the rule: it needs an explicit confirmation and a reason, and
     * each such notice is returned as a violation to record.
     */
    List<CaseViolation> notify(List<String> listed, String reason, boolean confirmed, LocalDate today, LocalDate noticeDeadline,
            LocalDate receivedOn) {
        List<String> list = listed == null || listed.isEmpty() ? missing() : listed.stream().distinct().toList();
        list.forEach(this::material); // only what is on the checklist
        if (list.isEmpty()) throw new InvalidInputException(SystemText.of("case.check.tickMissing"));
        boolean second = correctionNotices > 0;
        boolean late = today.isAfter(noticeDeadline);
        if ((second || late) && (!confirmed || reason == null || reason.isBlank())) {
            throw new InvalidInputException(SystemText.of(second ? "case.check.secondNotice" : "case.check.lateNotice"));
        }
        correctionNotices++;
        correctionRequestedOn = today;
        missingMaterials = String.join("\n", list);
        List<CaseViolation> broken = new java.util.ArrayList<>();
        if (second) {
            broken.add(new CaseViolation(ViolationKind.SECOND_CORRECTION_NOTICE, today,
                    SystemText.of("case.violation.secondNotice", correctionNotices, reason.trim())));
        }
        if (late) {
            broken.add(new CaseViolation(ViolationKind.LATE_CORRECTION_NOTICE, today,
                    SystemText.of("case.violation.lateNotice", receivedOn, noticeDeadline)));
        }
        return broken;
    }

    /** No correction notice given and the 5 working days are over. */
    boolean lapsed(LocalDate today, LocalDate noticeDeadline) {
        return correctionNotices == 0 && today.isAfter(noticeDeadline);
    }

    /**
     * 受理 today; or, when the notice period lapsed without a notice, on the day the material was
     * received (行政许可法 第三十二条) — which is then a violation to record.
     */
    java.util.Optional<CaseViolation> accept(LocalDate today, LocalDate noticeDeadline, LocalDate receivedOn) {
        if (!lapsed(today, noticeDeadline)) {
            acceptedOn = today;
            return java.util.Optional.empty();
        }
        acceptedOn = receivedOn;
        return java.util.Optional.of(new CaseViolation(ViolationKind.DEEMED_ACCEPTED, today,
                SystemText.of("case.violation.deemedAccepted", receivedOn, noticeDeadline)));
    }

    /** 不予受理, always with the reason (and where to apply, if elsewhere). */
    void refuse(String reason, LocalDate today) {
        if (reason == null || reason.isBlank()) throw new InvalidInputException(SystemText.of("case.check.refusalNeedsReason"));
        refusalReason = reason.trim();
        refusedOn = today;
    }

    /** The clerk ticks these materials as at hand and checked. */
    void check(List<String> received) {
        if (received == null || received.isEmpty()) throw new InvalidInputException(SystemText.of("case.check.tickReceived"));
        for (String name : received) markReceived(name, null);
    }

    /** The applicant hands in what was missing (everything, if nothing is named). */
    void supplement(List<String> supplied, LocalDate today) {
        if (supplied != null) supplied.forEach(this::material); // only what is on the checklist
        for (CaseMaterial m : materials) {
            if (supplied == null || supplied.isEmpty() || supplied.contains(m.getName())) m.markReceived(null);
        }
        supplementedOn = today;
    }

    void markReceived(String name, Long fileId) {
        material(name).markReceived(fileId);
    }

    /** An online applicant's upload: kept with the material, ticked only when the clerk checks it. */
    void attachUpload(String name, long fileId) {
        material(name).attach(fileId);
    }

    private CaseMaterial material(String name) {
        return materials.stream().filter(m -> m.getName().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidInputException(SystemText.of("case.noSuchMaterial", name)));
    }

    public List<CaseMaterial> getMaterials() { return List.copyOf(materials); }
    public int getCorrectionNotices() { return correctionNotices; }
    public LocalDate getCorrectionRequestedOn() { return correctionRequestedOn; }
    public LocalDate getSupplementedOn() { return supplementedOn; }
    public LocalDate getAcceptedOn() { return acceptedOn; }
    public LocalDate getRefusedOn() { return refusedOn; }
    public String getRefusalReason() { return refusalReason; }

    /** What the last correction notice listed. */
    public List<String> getNotifiedMaterials() {
        return missingMaterials == null ? List.of() : List.of(missingMaterials.split("\n"));
    }
}
