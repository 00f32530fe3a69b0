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

    @NotBlank(message = "请输入实施编码")
    @Pattern(regexp = "[0-9A-Z]{12,40}", message = "实施编码须为12到40位数字或大写字母")
    private String implementationCode;

    @NotBlank(message = "请输入基本编码")
    @Pattern(regexp = "[0-9A-Z]{12}", message = "基本编码须为12位数字或大写字母")
    private String baseCode;

    @NotBlank(message = "请输入事项名称")
    @Size(max = 200, message = "事项名称最多200字")
    private String name;

    @NotNull(message = "请选择事项类型")
    private MatterType type;

    @NotNull(message = "请选择事项层级")
    private MatterLevel level = MatterLevel.MAIN;

    private String parentCode;

    @NotBlank(message = "请选择实施部门")
    private String departmentCode;

    @NotBlank(message = "请输入设定依据")
    @Size(max = 4000, message = "设定依据最多4000字")
    private String legalBasis;

    @NotBlank(message = "请输入受理条件")
    @Size(max = 4000, message = "受理条件最多4000字")
    private String conditions;

    @Min(value = 0, message = "法定时限不能为负数")
    @Max(value = TimeLimit.MAX_VALUE, message = "法定时限过长")
    private int statutoryValue;

    @NotNull(message = "请选择法定时限单位")
    private DayUnit statutoryUnit = DayUnit.WORKING_DAYS;

    @Min(value = 0, message = "承诺时限不能为负数")
    @Max(value = TimeLimit.MAX_VALUE, message = "承诺时限过长")
    private int promisedValue;

    @NotNull(message = "请选择承诺时限单位")
    private DayUnit promisedUnit = DayUnit.WORKING_DAYS;

    @NotNull(message = "请选择办件类型")
    private HandlingKind handlingKind = HandlingKind.PROMISED;

    private Set<SpecialProcedureType> specialProcedures = new LinkedHashSet<>();

    /** 延期上限 in working days; null means the law's default (10, or 15 for joint handling). */
    @Min(value = 0, message = "延期上限不能为负数")
    @Max(value = 60, message = "延期上限最多60个工作日")
    private Integer extensionLimit;

    @Min(value = 0, message = "到现场次数不能为负数")
    @Max(value = 9, message = "到现场次数过多")
    private int onSiteVisits;

    @NotEmpty(message = "至少选择一个办理渠道")
    private Set<Channel> channels = new LinkedHashSet<>();

    @Valid
    @Size(max = 100, message = "申请材料最多100项")
    private List<MaterialLine> materials = new ArrayList<>();

    @Valid
    private List<FeeLine> fees = new ArrayList<>();

    @Valid
    @NotEmpty(message = "至少需要一个办理环节")
    private List<StepLine> steps = new ArrayList<>();

    @Size(max = 40, message = "咨询电话最多40字")
    private String consultationPhone;

    @Size(max = 40, message = "投诉电话最多40字")
    private String complaintPhone;

    @Size(max = 200, message = "行政复议机关最多200字")
    private String reconsiderationBody;

    @Size(max = 200, message = "行政诉讼机关最多200字")
    private String litigationBody;

    @Size(max = 500, message = "变更说明最多500字")
    private String changeNote;

    /** 申请材料 */
    public static class MaterialLine implements Serializable {
        private static final long serialVersionUID = 1L;
        @NotBlank(message = "请输入材料名称")
        @Size(max = 200, message = "材料名称最多200字")
        private String name;
        @NotNull(message = "请选择材料形式")
        private MaterialForm form = MaterialForm.PAPER;
        private boolean mandatory = true;
        @Min(value = 0, message = "原件份数不能为负数") @Max(value = 20, message = "原件份数过多")
        private int originals = 1;
        @Min(value = 0, message = "复印件份数不能为负数") @Max(value = 20, message = "复印件份数过多")
        private int copies;
        @Size(max = 500, message = "材料备注最多500字")
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
        @NotBlank(message = "请输入收费项目名称")
        @Size(max = 200, message = "收费项目名称最多200字")
        private String name;
        @NotNull(message = "请输入收费标准")
        @DecimalMin(value = "0.00", message = "收费标准不能为负数")
        @Digits(integer = 10, fraction = 2, message = "收费标准最多两位小数")
        private BigDecimal amount = BigDecimal.ZERO;
        @NotBlank(message = "请输入收费依据")
        @Size(max = 500, message = "收费依据最多500字")
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
        @NotBlank(message = "请输入环节名称")
        @Size(max = 60, message = "环节名称最多60字")
        private String name;
        @Size(max = 100, message = "承办机构最多100字")
        private String office;
        @Min(value = 0, message = "环节时限不能为负数") @Max(value = TimeLimit.MAX_VALUE, message = "环节时限过长")
        private int limitDays;
        @jakarta.validation.constraints.NotNull(message = "请选择环节类型")
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
