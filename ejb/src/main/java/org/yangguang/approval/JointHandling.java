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
import org.yangguang.organization.Department;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.SystemText;

/**
 * 联办: the lead department hands parts of a joint case to co-handling departments, each with
 * its own limit in working days; they work in parallel, and the case is decided only when every
 * part is done.
 */
@Embeddable
public class JointHandling {
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "case_joint_part", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "seq")
    private List<JointPart> parts = new ArrayList<>();

    /** Parts not done yet, never null: to-do lists count them without loading the parts. */
    @Column(name = "open_joint_parts", nullable = false)
    private int open;

    void assign(Department lead, Department co, int limitDays, int maxDays, LocalDate today) {
        if (co.equals(lead)) {
            throw new InvalidInputException(SystemText.of("case.joint.notLead"));
        }
        if (isPartner(co)) {
            throw new ConflictException(SystemText.of("case.joint.already", co.getName()));
        }
        if (limitDays < 1 || limitDays > maxDays) {
            throw new InvalidInputException(SystemText.of("case.joint.days", maxDays));
        }
        parts.add(new JointPart(co.getCode(), co.getName(), limitDays, today));
        open++;
    }

    void complete(String departmentCode, String opinion, LocalDate today, String by) {
        JointPart part = openPart(departmentCode).orElseThrow(() -> new ConflictException(SystemText.of("case.joint.nothingOpen")));
        if (opinion == null || opinion.isBlank()) {
            throw new InvalidInputException(SystemText.of("case.joint.opinionMissing"));
        }
        part.complete(today, by, opinion.trim());
        open = (int) parts.stream().filter(p -> !p.isDone()).count();
    }

    public java.util.Optional<JointPart> openPart(String departmentCode) {
        return parts.stream().filter(p -> p.getDepartmentCode().equals(departmentCode) && !p.isDone()).findFirst();
    }

    public boolean isPartner(Department d) {
        return parts.stream().anyMatch(p -> p.getDepartmentCode().equals(d.getCode()));
    }

    public boolean isAssigned() {
        return !parts.isEmpty();
    }

    public int getOpen() { return open; }
    public List<JointPart> getParts() { return List.copyOf(parts); }

    void setDeadlines(List<CaseDeadlines.Dated> deadlines) {
        for (int i = 0; i < parts.size() && i < deadlines.size(); i++) parts.get(i).setDeadline(deadlines.get(i).date());
    }
}
