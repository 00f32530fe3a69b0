package org.yangguang.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.yangguang.calendar.DayUnit;
import org.yangguang.calendar.TimeLimit;

/**
 * Everything a department enters for a matter: the editor's form, the REST body and one Excel
 * row all become a MatterDraft. Field rules are Bean Validation; rules across fields live in
 * {@link CatalogRules}.
 */
public class MatterDraft implements Serializable {
    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{yangguang.matter.implementationCode.required}")
    @Pattern(regexp = "[0-9A-Z]{12,40}", message = "{yangguang.matter.implementationCode.format}")
    private String implementationCode;

    @NotBlank(message = "{yangguang.matter.baseCode.required}")
    @Pattern(regexp = "[0-9A-Z]{12}", message = "{yangguang.matter.baseCode.format}")
    private String baseCode;

    @NotBlank(message = "{yangguang.matter.name.required}")
    @Size(max = 200, message = "{yangguang.matter.name.size}")
    private String name;

    @NotNull(message = "{yangguang.matter.type.required}")
    private MatterType type;

    @NotNull(message = "{yangguang.matter.level.required}")
    private MatterLevel level = MatterLevel.MAIN;

    private String parentCode;

    @NotBlank(message = "{yangguang.matter.departmentCode.required}")
    private String departmentCode;

    @NotBlank(message = "{yangguang.matter.legalBasis.required}")
    @Size(max = 4000, message = "{yangguang.matter.legalBasis.size}")
    private String legalBasis;

    @NotBlank(message = "{yangguang.matter.conditions.required}")
    @Size(max = 4000, message = "{yangguang.matter.conditions.size}")
    private String conditions;

    @Min(value = 0, message = "{yangguang.matter.statutoryValue.negative}")
    @Max(value = TimeLimit.MAX_VALUE, message = "{yangguang.matter.statutoryValue.max}")
    private int statutoryValue;

    @NotNull(message = "{yangguang.matter.statutoryUnit.required}")
    private DayUnit statutoryUnit = DayUnit.WORKING_DAYS;

    @Min(value = 0, message = "{yangguang.matter.promisedValue.negative}")
    @Max(value = TimeLimit.MAX_VALUE, message = "{yangguang.matter.promisedValue.max}")
    private int promisedValue;

    @NotNull(message = "{yangguang.matter.promisedUnit.required}")
    private DayUnit promisedUnit = DayUnit.WORKING_DAYS;

    @NotNull(message = "{yangguang.matter.handlingKind.required}")
    private HandlingKind handlingKind = HandlingKind.PROMISED;

    private Set<SpecialProcedureType> specialProcedures = new LinkedHashSet<>();

    /** 延期上限 in working days; null means the law's default (10, or 15 for joint handling). */
    @Min(value = 0, message = "{yangguang.matter.extensionLimit.negative}")
    @Max(value = 60, message = "{yangguang.matter.extensionLimit.max}")
    private Integer extensionLimit;

    @Min(value = 0, message = "{yangguang.matter.onSiteVisits.negative}")
    @Max(value = 9, message = "{yangguang.matter.onSiteVisits.max}")
    private int onSiteVisits;

    @NotEmpty(message = "{yangguang.matter.channels.required}")
    private Set<Channel> channels = new LinkedHashSet<>();

    @Valid
    @Size(max = 100, message = "{yangguang.matter.materials.size}")
    private List<MaterialLine> materials = new ArrayList<>();

    @Valid
    private List<FeeLine> fees = new ArrayList<>();

    @Valid
    @NotEmpty(message = "{yangguang.matter.steps.required}")
    private List<StepLine> steps = new ArrayList<>();

    @Size(max = 40, message = "{yangguang.matter.consultationPhone.size}")
    private String consultationPhone;

    @Size(max = 40, message = "{yangguang.matter.complaintPhone.size}")
    private String complaintPhone;

    @Size(max = 200, message = "{yangguang.matter.reconsiderationBody.size}")
    private String reconsiderationBody;

    @Size(max = 200, message = "{yangguang.matter.litigationBody.size}")
    private String litigationBody;

    @Size(max = 500, message = "{yangguang.matter.changeNote.size}")
    private String changeNote;

    /** 申请材料 */
    public static class MaterialLine implements Serializable {
        private static final long serialVersionUID = 1L;
        @NotBlank(message = "{yangguang.matter.material.name.required}")
        @Size(max = 200, message = "{yangguang.matter.material.name.size}")
        private String name;
        @NotNull(message = "{yangguang.matter.material.form.required}")
        private MaterialForm form = MaterialForm.PAPER;
        private boolean mandatory = true;
        @Min(value = 0, message = "{yangguang.matter.material.originals.negative}") @Max(value = 20, message = "{yangguang.matter.material.originals.max}")
        private int originals = 1;
        @Min(value = 0, message = "{yangguang.matter.material.copies.negative}") @Max(value = 20, message = "{yangguang.matter.material.copies.max}")
        private int copies;
        @Size(max = 500, message = "{yangguang.matter.material.note.size}")
        private String note;
        private Long blankFormFileId;
        private Long sampleFileId;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public MaterialForm getForm() { return form; }
        public void setForm(MaterialForm form) { this.form = form; }
        public boolean isMandatory() { return mandatory; }
        public void setMandatory(boolean mandatory) { this.mandatory = mandatory; }
        public int getOriginals() { return originals; }
        public void setOriginals(int originals) { this.originals = originals; }
        public int getCopies() { return copies; }
        public void setCopies(int copies) { this.copies = copies; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
        public Long getBlankFormFileId() { return blankFormFileId; }
        public void setBlankFormFileId(Long id) { this.blankFormFileId = id; }
        public Long getSampleFileId() { return sampleFileId; }
        public void setSampleFileId(Long id) { this.sampleFileId = id; }
    }

    /** 收费项目 */
    public static class FeeLine implements Serializable {
        private static final long serialVersionUID = 1L;
        @NotBlank(message = "{yangguang.matter.fee.name.required}")
        @Size(max = 200, message = "{yangguang.matter.fee.name.size}")
        private String name;
        @NotNull(message = "{yangguang.matter.fee.amount.required}")
        @DecimalMin(value = "0.00", message = "{yangguang.matter.fee.amount.negative}")
        @Digits(integer = 10, fraction = 2, message = "{yangguang.matter.fee.amount.digits}")
        private BigDecimal amount = BigDecimal.ZERO;
        @NotBlank(message = "{yangguang.matter.fee.legalBasis.required}")
        @Size(max = 500, message = "{yangguang.matter.fee.legalBasis.size}")
        private String legalBasis;
        private boolean reducible;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public BigDecimal getAmount() { return amount; }
        public void setAmount(BigDecimal amount) { this.amount = amount; }
        public String getLegalBasis() { return legalBasis; }
        public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
        public boolean isReducible() { return reducible; }
        public void setReducible(boolean reducible) { this.reducible = reducible; }
    }

    /** 办理环节 */
    public static class StepLine implements Serializable {
        private static final long serialVersionUID = 1L;
        @NotBlank(message = "{yangguang.matter.step.name.required}")
        @Size(max = 60, message = "{yangguang.matter.step.name.size}")
        private String name;
        @Size(max = 100, message = "{yangguang.matter.step.office.size}")
        private String office;
        @Min(value = 0, message = "{yangguang.matter.step.limitDays.negative}") @Max(value = TimeLimit.MAX_VALUE, message = "{yangguang.matter.step.limitDays.max}")
        private int limitDays;
        @jakarta.validation.constraints.NotNull(message = "{yangguang.matter.step.kind.required}")
        private StepKind kind = StepKind.HANDLING;

        public StepKind getKind() { return kind; }
        public void setKind(StepKind kind) { this.kind = kind; }
        public boolean isReception() { return kind == StepKind.RECEPTION; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getOffice() { return office; }
        public void setOffice(String office) { this.office = office; }
        public int getLimitDays() { return limitDays; }
        public void setLimitDays(int limitDays) { this.limitDays = limitDays; }
    }

    public TimeLimit statutoryLimit() {
        return new TimeLimit(statutoryValue, statutoryUnit);
    }

    public TimeLimit promisedLimit() {
        return new TimeLimit(promisedValue, promisedUnit);
    }

    public String getImplementationCode() { return implementationCode; }
    public void setImplementationCode(String v) { this.implementationCode = v == null ? null : v.trim(); }
    public String getBaseCode() { return baseCode; }
    public void setBaseCode(String v) { this.baseCode = v == null ? null : v.trim(); }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public MatterType getType() { return type; }
    public void setType(MatterType type) { this.type = type; }
    public MatterLevel getLevel() { return level; }
    public void setLevel(MatterLevel level) { this.level = level; }
    public String getParentCode() { return parentCode; }
    public void setParentCode(String v) { this.parentCode = v == null || v.isBlank() ? null : v.trim(); }
    public String getDepartmentCode() { return departmentCode; }
    public void setDepartmentCode(String departmentCode) { this.departmentCode = departmentCode; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
    public String getConditions() { return conditions; }
    public void setConditions(String conditions) { this.conditions = conditions; }
    public int getStatutoryValue() { return statutoryValue; }
    public void setStatutoryValue(int v) { this.statutoryValue = v; }
    public DayUnit getStatutoryUnit() { return statutoryUnit; }
    public void setStatutoryUnit(DayUnit u) { this.statutoryUnit = u; }
    public int getPromisedValue() { return promisedValue; }
    public void setPromisedValue(int v) { this.promisedValue = v; }
    public DayUnit getPromisedUnit() { return promisedUnit; }
    public void setPromisedUnit(DayUnit u) { this.promisedUnit = u; }
    public HandlingKind getHandlingKind() { return handlingKind; }
    public void setHandlingKind(HandlingKind handlingKind) { this.handlingKind = handlingKind; }
    public Set<SpecialProcedureType> getSpecialProcedures() { return specialProcedures; }
    public void setSpecialProcedures(Set<SpecialProcedureType> s) { this.specialProcedures = s == null ? new LinkedHashSet<>() : new LinkedHashSet<>(s); }
    public Integer getExtensionLimit() { return extensionLimit; }
    public void setExtensionLimit(Integer v) { this.extensionLimit = v; }
    public int getOnSiteVisits() { return onSiteVisits; }
    public void setOnSiteVisits(int onSiteVisits) { this.onSiteVisits = onSiteVisits; }
    public Set<Channel> getChannels() { return channels; }
    public void setChannels(Set<Channel> c) { this.channels = c == null ? new LinkedHashSet<>() : new LinkedHashSet<>(c); }
    public List<MaterialLine> getMaterials() { return materials; }
    public void setMaterials(List<MaterialLine> m) { this.materials = m == null ? new ArrayList<>() : new ArrayList<>(m); }
    public List<FeeLine> getFees() { return fees; }
    public void setFees(List<FeeLine> f) { this.fees = f == null ? new ArrayList<>() : new ArrayList<>(f); }
    public List<StepLine> getSteps() { return steps; }
    public void setSteps(List<StepLine> s) { this.steps = s == null ? new ArrayList<>() : new ArrayList<>(s); }
    public String getConsultationPhone() { return consultationPhone; }
    public void setConsultationPhone(String v) { this.consultationPhone = v; }
    public String getComplaintPhone() { return complaintPhone; }
    public void setComplaintPhone(String v) { this.complaintPhone = v; }
    public String getReconsiderationBody() { return reconsiderationBody; }
    public void setReconsiderationBody(String v) { this.reconsiderationBody = v; }
    public String getLitigationBody() { return litigationBody; }
    public void setLitigationBody(String v) { this.litigationBody = v; }
    public String getChangeNote() { return changeNote; }
    public void setChangeNote(String changeNote) { this.changeNote = changeNote; }
}
