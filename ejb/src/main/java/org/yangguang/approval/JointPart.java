package org.yangguang.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * The part of a joint case (联办件) one co-handling department works on, in parallel with the
 * others and with its own limit. The case can be decided only when every part is done.
 */
@Embeddable
public class JointPart {
    @Column(name = "department_code", nullable = false, length = 12)
    private String departmentCode;

    @Column(name = "department_name", nullable = false, length = 100)
    private String departmentName;

    @Column(name = "limit_days", nullable = false)
    private int limitDays;

    @Column(name = "assigned_on", nullable = false)
    private LocalDate assignedOn;

    @Column(name = "deadline")
    private LocalDate deadline;

    @jakarta.persistence.Embedded
    private Completion completion;

    protected JointPart() {}

    JointPart(String departmentCode, String departmentName, int limitDays, LocalDate assignedOn) {
        this.departmentCode = departmentCode;
        this.departmentName = departmentName;
        this.limitDays = limitDays;
        this.assignedOn = assignedOn;
    }

    void complete(LocalDate on, String by, String partOpinion) {
        this.completion = new Completion(on, by, partOpinion);
    }

    void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public boolean isDone() {
        return completion != null;
    }

    public String getDepartmentCode() { return departmentCode; }
    public String getDepartmentName() { return departmentName; }
    public int getLimitDays() { return limitDays; }
    public LocalDate getAssignedOn() { return assignedOn; }
    public LocalDate getDeadline() { return deadline; }
    public LocalDate getCompletedOn() { return completion == null ? null : completion.getOn(); }
    public String getCompletedBy() { return completion == null ? null : completion.getBy(); }
    public String getOpinion() { return completion == null ? null : completion.getOpinion(); }
}
