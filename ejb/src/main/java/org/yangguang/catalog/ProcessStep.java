package org.yangguang.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One step of the matter's process (办理环节), with its own limit in working days. */
@Embeddable
public class ProcessStep {
    @Column(name = "name", nullable = false, length = 60)
    private String name;

    @Column(name = "office", length = 100)
    private String office;

    @Column(name = "limit_days", nullable = false)
    private int limitDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "step_kind", nullable = false, length = 12)
    private StepKind kind = StepKind.HANDLING;

    protected ProcessStep() {}

    ProcessStep(MatterDraft.StepLine line) {
        this.name = line.getName().trim();
        this.office = line.getOffice();
        this.limitDays = line.getLimitDays();
        this.kind = line.getKind() == null ? StepKind.HANDLING : line.getKind();
    }

    MatterDraft.StepLine toLine() {
        var l = new MatterDraft.StepLine();
        l.setName(name);
        l.setOffice(office);
        l.setLimitDays(limitDays);
        l.setKind(getKind());
        return l;
    }

    public String getName() { return name; }
    public String getOffice() { return office; }
    public int getLimitDays() { return limitDays; }
    public StepKind getKind() { return kind == null ? StepKind.HANDLING : kind; }
    public boolean isReception() { return getKind() == StepKind.RECEPTION; }

    @Override
    public String toString() {
        return name + "（" + (isReception() ? StepKind.RECEPTION.label() + "，" : "") + (office == null ? "" : office + "，")
                + limitDays + "个工作日）";
    }
}
