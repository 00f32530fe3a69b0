package org.yangguang.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One step of the matter's process (办理环节), with its own limit in working days. */
@Embeddable
public class ProcessStep {
    @Column(name = "name", nullable = false, length = 60)
    private String name;

    @Column(name = "office", length = 100)
    private String office;

    @Column(name = "limit_days", nullable = false)
    private int limitDays;

    protected ProcessStep() {}

    ProcessStep(MatterDraft.StepLine line) {
        this.name = line.getName().trim();
        this.office = line.getOffice();
        this.limitDays = line.getLimitDays();
    }

    MatterDraft.StepLine toLine() {
        var l = new MatterDraft.StepLine();
        l.setName(name);
        l.setOffice(office);
        l.setLimitDays(limitDays);
        return l;
    }

    public String getName() { return name; }
    public String getOffice() { return office; }
    public int getLimitDays() { return limitDays; }

    @Override
    public String toString() {
        return name + "（" + (office == null ? "" : office + "，") + limitDays + "个工作日）";
    }
}
