package org.yangguang.approval;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.yangguang.catalog.SpecialProcedureType;

/**
 * The input of a case action; each action reads the fields it needs. {@code version} is the
 * case version the user saw: a stale one is a conflict, never a silent overwrite.
 */
public class ActionRequest implements Serializable {
    private static final long serialVersionUID = 1L;
    /**
     * The documented maxima. Every column a comment or reason lands in holds them with the
     * longest prefix an action adds (an opinion "不予许可：…", a violation "第2次补正告知：…").
     */
    public static final int COMMENT_MAX = 1000;
    public static final int REASON_MAX = 500;

    private Integer version;
    @Size(max = COMMENT_MAX, message = "{yangguang.action.comment.size}")
    private String comment;
    @Size(max = REASON_MAX, message = "{yangguang.action.reason.size}")
    private String reason;
    @Size(max = 100, message = "{yangguang.action.materials.size}")
    private List<@NotNull(message = "{yangguang.action.materials.itemRequired}") @Size(max = 200, message = "{yangguang.action.materials.itemSize}") String> materials = new ArrayList<>();
    private SpecialProcedureType procedureType;
    private Integer days;
    private Decision decision;
    private DeliveryMethod deliveryMethod;
    @Size(max = 40, message = "{yangguang.action.trackingNumber.size}")
    private String trackingNumber;
    private List<BigDecimal> amounts = new ArrayList<>();
    /** complete-step: who handles the next step (a user of the department). */
    @Size(max = 40, message = "{yangguang.action.assignee.size}")
    private String assignee;

    /** assign-joint: the co-handling department. */
    @Size(max = 40, message = "{yangguang.action.departmentCode.size}")
    private String departmentCode;

    /**
     * request-correction: the user confirmed a notice that breaks the one-time rule (a second or
     * late one), which is then recorded as a violation.
     */
    private boolean confirmed;

    public boolean isConfirmed() { return confirmed; }
    public void setConfirmed(boolean confirmed) { this.confirmed = confirmed; }

    public String getDepartmentCode() { return departmentCode; }
    public void setDepartmentCode(String departmentCode) { this.departmentCode = departmentCode; }

    public String getAssignee() { return assignee; }
    public void setAssignee(String assignee) { this.assignee = assignee; }

    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public List<String> getMaterials() { return materials; }
    public void setMaterials(List<String> m) { this.materials = m == null ? new ArrayList<>() : new ArrayList<>(m); }
    public SpecialProcedureType getProcedureType() { return procedureType; }
    public void setProcedureType(SpecialProcedureType t) { this.procedureType = t; }
    public Integer getDays() { return days; }
    public void setDays(Integer days) { this.days = days; }
    public Decision getDecision() { return decision; }
    public void setDecision(Decision decision) { this.decision = decision; }
    public DeliveryMethod getDeliveryMethod() { return deliveryMethod; }
    public void setDeliveryMethod(DeliveryMethod m) { this.deliveryMethod = m; }
    public String getTrackingNumber() { return trackingNumber; }
    public void setTrackingNumber(String t) { this.trackingNumber = t; }
    public List<BigDecimal> getAmounts() { return amounts; }
    public void setAmounts(List<BigDecimal> a) { this.amounts = a == null ? new ArrayList<>() : new ArrayList<>(a); }
}
