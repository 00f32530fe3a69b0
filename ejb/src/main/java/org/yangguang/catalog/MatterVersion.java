package org.yangguang.catalog;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.yangguang.calendar.TimeLimit;
import org.yangguang.shared.BaseEntity;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.Labelled;
import org.yangguang.shared.SystemText;

/**
 * One version of a matter's content. Drafted and edited by a department, submitted, then
 * published by the office as an immutable, numbered version with an effective date, or returned
 * with a reason. A published version is never edited again; a change is a new version.
 */
// second-level cache: A matter version: published ones never change, drafts rarely; every case action reads the version in force.
@jakarta.persistence.Cacheable
@org.hibernate.annotations.Cache(usage = org.hibernate.annotations.CacheConcurrencyStrategy.READ_WRITE)
@Entity
@Table(name = "matter_version")
@NamedQuery(name = "MatterVersion.openDraftOf",
        query = "select v from MatterVersion v where v.matter = :matter and v.status in :open")
@NamedQuery(name = "MatterVersion.historyOf",
        query = "select v from MatterVersion v where v.matter = :matter order by v.createdAt desc, v.id desc")
@NamedQuery(name = "MatterVersion.maxNumber",
        query = "select max(v.number) from MatterVersion v where v.matter = :matter")
@NamedQuery(name = "MatterVersion.dueForActivation",
        query = "select v from MatterVersion v join v.matter m left join m.currentVersion c"
                + " where v.status = :published and v.effectiveDate <= :today"
                + " and (c is null or c.number < v.number)"
                + " order by v.number")
public class MatterVersion extends BaseEntity {
    /** 行政许可法 第四十二条: one extension of 10 working days; 15 for joint handling (第四十五条/第四十三条). */
    public static final int LAW_EXTENSION_DAYS = 10;
    public static final int LAW_JOINT_EXTENSION_DAYS = 15;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "matter_id", nullable = false, updatable = false)
    private Matter matter;

    /** 1, 2, 3 … assigned at publication; null while a draft. */
    @Column(name = "version_number")
    private Integer number;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private VersionStatus status;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "matter_type", nullable = false, length = 40)
    private MatterType type;

    @Column(name = "legal_basis", nullable = false, length = 4000)
    private String legalBasis;

    @Column(name = "acceptance_conditions", nullable = false, length = 4000)
    private String conditions;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "value", column = @Column(name = "statutory_value", nullable = false)),
        @AttributeOverride(name = "unit", column = @Column(name = "statutory_unit", nullable = false, length = 16))
    })
    private TimeLimit statutoryLimit;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "value", column = @Column(name = "promised_value", nullable = false)),
        @AttributeOverride(name = "unit", column = @Column(name = "promised_unit", nullable = false, length = 16))
    })
    private TimeLimit promisedLimit;

    @Enumerated(EnumType.STRING)
    @Column(name = "handling_kind", nullable = false, length = 12)
    private HandlingKind handlingKind;

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.Cache(usage = org.hibernate.annotations.CacheConcurrencyStrategy.READ_WRITE)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "matter_version_procedure", joinColumns = @JoinColumn(name = "version_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "procedure_type", nullable = false, length = 20)
    private Set<SpecialProcedureType> specialProcedures = new LinkedHashSet<>();

    @Column(name = "on_site_visits", nullable = false)
    private int onSiteVisits;

    /** 延期上限 (working days); null: the law's default. */
    @Column(name = "extension_limit")
    private Integer extensionLimit;

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.Cache(usage = org.hibernate.annotations.CacheConcurrencyStrategy.READ_WRITE)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "matter_version_channel", joinColumns = @JoinColumn(name = "version_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 10)
    private Set<Channel> channels = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.Cache(usage = org.hibernate.annotations.CacheConcurrencyStrategy.READ_WRITE)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "matter_material", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "seq")
    private List<Material> materials = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.Cache(usage = org.hibernate.annotations.CacheConcurrencyStrategy.READ_WRITE)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "matter_fee", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "seq")
    private List<FeeItem> fees = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.Cache(usage = org.hibernate.annotations.CacheConcurrencyStrategy.READ_WRITE)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "matter_step", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "seq")
    private List<ProcessStep> steps = new ArrayList<>();

    @Column(name = "consultation_phone", length = 40)
    private String consultationPhone;

    @Column(name = "complaint_phone", length = 40)
    private String complaintPhone;

    @Column(name = "reconsideration_body", length = 200)
    private String reconsiderationBody;

    @Column(name = "litigation_body", length = 200)
    private String litigationBody;

    @Column(name = "change_note", length = 500)
    private String changeNote;

    @Column(name = "created_by", nullable = false, updatable = false, length = 40)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "submitted_by", length = 40)
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "reviewed_by", length = 40)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "return_reason", length = 500)
    private String returnReason;

    @Column(name = "effective_date")
    private LocalDate effectiveDate;

    protected MatterVersion() {}

    MatterVersion(Matter matter, MatterDraft draft, String author, Instant now) {
        this.matter = Objects.requireNonNull(matter);
        this.status = VersionStatus.DRAFT;
        this.createdBy = author;
        this.createdAt = now;
        apply(draft);
    }

    /** Replaces the content with the draft's. Only drafts and returned versions can be edited. */
    void edit(MatterDraft draft) {
        requireStatus(SystemText.of("catalog.action.edit"), VersionStatus.DRAFT, VersionStatus.RETURNED);
        apply(draft);
    }

    private void apply(MatterDraft d) {
        this.name = d.getName().trim();
        this.type = d.getType();
        this.legalBasis = d.getLegalBasis();
        this.conditions = d.getConditions();
        this.statutoryLimit = d.statutoryLimit();
        this.promisedLimit = d.promisedLimit();
        this.handlingKind = d.getHandlingKind();
        this.specialProcedures.clear();
        this.specialProcedures.addAll(d.getSpecialProcedures());
        this.onSiteVisits = d.getOnSiteVisits();
        this.extensionLimit = d.getExtensionLimit();
        this.channels.clear();
        this.channels.addAll(d.getChannels());
        this.materials.clear();
        d.getMaterials().forEach(l -> materials.add(new Material(l)));
        this.fees.clear();
        d.getFees().forEach(l -> fees.add(new FeeItem(l)));
        this.steps.clear();
        d.getSteps().forEach(l -> steps.add(new ProcessStep(l)));
        this.consultationPhone = d.getConsultationPhone();
        this.complaintPhone = d.getComplaintPhone();
        this.reconsiderationBody = d.getReconsiderationBody();
        this.litigationBody = d.getLitigationBody();
        this.changeNote = d.getChangeNote();
    }

    void submit(String by, Instant now) {
        requireStatus(SystemText.of("catalog.action.submit"), VersionStatus.DRAFT, VersionStatus.RETURNED);
        status = VersionStatus.SUBMITTED;
        submittedBy = by;
        submittedAt = now;
        returnReason = null;
    }

    void publish(int versionNumber, LocalDate effective, String by, Instant now) {
        requireStatus(SystemText.of("catalog.action.publish"), VersionStatus.SUBMITTED);
        status = VersionStatus.PUBLISHED;
        number = versionNumber;
        effectiveDate = Objects.requireNonNull(effective);
        reviewedBy = by;
        reviewedAt = now;
    }

    void returnToDepartment(String reason, String by, Instant now) {
        requireStatus(SystemText.of("catalog.action.return"), VersionStatus.SUBMITTED);
        if (reason == null || reason.isBlank()) {
            throw new ConflictException(SystemText.of("catalog.returnNeedsReason"));
        }
        status = VersionStatus.RETURNED;
        returnReason = reason.trim();
        reviewedBy = by;
        reviewedAt = now;
    }

    void withdraw() {
        requireStatus(SystemText.of("catalog.action.withdraw"), VersionStatus.DRAFT, VersionStatus.RETURNED, VersionStatus.SUBMITTED);
        status = VersionStatus.WITHDRAWN;
    }

    private void requireStatus(SystemText action, VersionStatus... allowed) {
        if (!EnumSet.of(allowed[0], allowed).contains(status)) {
            throw new ConflictException(SystemText.of("catalog.notInStatus", status, action));
        }
    }

    /** The content as an editable draft (for a change, or to edit this draft). */
    public MatterDraft toDraft() {
        MatterDraft d = new MatterDraft();
        d.setImplementationCode(matter.getImplementationCode());
        d.setBaseCode(matter.getBaseCode());
        d.setLevel(matter.getLevel());
        d.setParentCode(matter.getParent() == null ? null : matter.getParent().getImplementationCode());
        d.setDepartmentCode(matter.getDepartment().getCode());
        d.setName(name);
        d.setType(type);
        d.setLegalBasis(legalBasis);
        d.setConditions(conditions);
        d.setStatutoryValue(statutoryLimit.getValue());
        d.setStatutoryUnit(statutoryLimit.getUnit());
        d.setPromisedValue(promisedLimit.getValue());
        d.setPromisedUnit(promisedLimit.getUnit());
        d.setHandlingKind(handlingKind);
        d.setSpecialProcedures(specialProcedures);
        d.setOnSiteVisits(onSiteVisits);
        d.setExtensionLimit(extensionLimit);
        d.setChannels(channels);
        d.setMaterials(materials.stream().map(Material::toLine).toList());
        d.setFees(fees.stream().map(FeeItem::toLine).toList());
        d.setSteps(steps.stream().map(ProcessStep::toLine).toList());
        d.setConsultationPhone(consultationPhone);
        d.setComplaintPhone(complaintPhone);
        d.setReconsiderationBody(reconsiderationBody);
        d.setLitigationBody(litigationBody);
        return d;
    }

    /**
     * The content as labelled text, in display order. Comparing two versions field by field
     * (what changed) and the audit trail's before/after both use it.
     */
    public Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("事项名称", name);
        m.put("事项类型", type.label());
        m.put("设定依据", legalBasis);
        m.put("受理条件", conditions);
        m.put("法定时限", statutoryLimit.toString());
        m.put("承诺时限", promisedLimit.toString());
        m.put("办件类型", handlingKind.label());
        m.put("延期上限", extensionLimit == null ? "依法（10个工作日，联办15个工作日）" : extensionLimit + "个工作日");
        m.put("特别程序", labels(specialProcedures));
        m.put("到现场次数", String.valueOf(onSiteVisits));
        m.put("办理渠道", labels(channels));
        m.put("申请材料", lines(materials));
        m.put("收费项目", fees.isEmpty() ? "不收费" : lines(fees));
        m.put("办理环节", lines(steps));
        m.put("咨询电话", Objects.toString(consultationPhone, ""));
        m.put("投诉电话", Objects.toString(complaintPhone, ""));
        m.put("行政复议机关", Objects.toString(reconsiderationBody, ""));
        m.put("行政诉讼机关", Objects.toString(litigationBody, ""));
        return m;
    }

    public String summary() {
        return describe().entrySet().stream().map(e -> e.getKey() + "：" + e.getValue())
                .collect(Collectors.joining("\n"));
    }

    private static <E extends Enum<E> & Labelled> String labels(Set<E> values) {
        return values.stream().sorted(Comparator.naturalOrder()).map(Labelled::label).collect(Collectors.joining("、"));
    }

    private static String lines(List<?> items) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add((i + 1) + ". " + items.get(i));
        }
        return String.join("\n", out);
    }

    public String label() {
        return number == null ? status.label() : "第" + number + "版";
    }

    public Matter getMatter() { return matter; }
    public Integer getNumber() { return number; }
    public VersionStatus getStatus() { return status; }
    public String getName() { return name; }
    public MatterType getType() { return type; }
    public String getLegalBasis() { return legalBasis; }
    public String getConditions() { return conditions; }
    public TimeLimit getStatutoryLimit() { return statutoryLimit; }
    public TimeLimit getPromisedLimit() { return promisedLimit; }
    public HandlingKind getHandlingKind() { return handlingKind; }
    public List<SpecialProcedureType> getSpecialProcedures() { return specialProcedures.stream().sorted().toList(); }
    public int getOnSiteVisits() { return onSiteVisits; }
    public Integer getExtensionLimit() { return extensionLimit; }

    /** The extension this matter allows, in working days. */
    public int maxExtensionDays() {
        if (extensionLimit != null) return extensionLimit;
        return handlingKind == HandlingKind.JOINT ? LAW_JOINT_EXTENSION_DAYS : LAW_EXTENSION_DAYS;
    }
    public List<Channel> getChannels() { return channels.stream().sorted().toList(); }
    public List<Material> getMaterials() { return List.copyOf(materials); }
    public List<FeeItem> getFees() { return List.copyOf(fees); }
    public List<ProcessStep> getSteps() { return List.copyOf(steps); }
    public String getConsultationPhone() { return consultationPhone; }
    public String getComplaintPhone() { return complaintPhone; }
    public String getReconsiderationBody() { return reconsiderationBody; }
    public String getLitigationBody() { return litigationBody; }
    public String getChangeNote() { return changeNote; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getReviewedBy() { return reviewedBy; }
    public Instant getReviewedAt() { return reviewedAt; }
    public String getReturnReason() { return returnReason; }
    public LocalDate getEffectiveDate() { return effectiveDate; }
}
