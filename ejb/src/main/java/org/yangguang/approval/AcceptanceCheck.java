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
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.yangguang.catalog.Material;
import org.yangguang.shared.InvalidInputException;

/**
 * 受理审查: the checklist of the matter's materials, what was received, and the one-time
 * correction notice (一次性告知, 行政许可法 第三十二条) with what it listed.
 */
@Embeddable
public class AcceptanceCheck {
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "case_material", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "seq")
    private List<CaseMaterial> materials = new ArrayList<>();

    /** Never null in the database, so the part is always there (with its materials). */
    @Column(name = "correction_notices", nullable = false)
    private int correctionNotices;

    @Column(name = "correction_requested_on")
    private LocalDate correctionRequestedOn;

    @Column(name = "missing_materials", length = 2000)
    private String missingMaterials;

    @Column(name = "supplemented_on")
    private LocalDate supplementedOn;

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

    /** Records a notice listing {@code listed}; returns its ordinal (2 and more break the one-time rule). */
    int notify(List<String> listed, LocalDate today) {
        correctionNotices++;
        correctionRequestedOn = today;
        missingMaterials = String.join("\n", listed);
        return correctionNotices;
    }

    /** The applicant hands in what was missing (everything, if nothing is named). */
    void supplement(List<String> supplied, LocalDate today) {
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
                .orElseThrow(() -> new InvalidInputException("本事项没有这项材料：" + name));
    }

    public List<CaseMaterial> getMaterials() { return List.copyOf(materials); }
    public int getCorrectionNotices() { return correctionNotices; }
    public LocalDate getCorrectionRequestedOn() { return correctionRequestedOn; }
    public LocalDate getSupplementedOn() { return supplementedOn; }

    /** What the last correction notice listed. */
    public List<String> getNotifiedMaterials() {
        return missingMaterials == null ? List.of() : List.of(missingMaterials.split("\n"));
    }
}
