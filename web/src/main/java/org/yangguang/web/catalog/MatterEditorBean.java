package org.yangguang.web.catalog;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.yangguang.calendar.DayUnit;
import org.yangguang.catalog.CatalogService;
import org.yangguang.catalog.Channel;
import org.yangguang.catalog.HandlingKind;
import org.yangguang.catalog.MaterialForm;
import org.yangguang.catalog.MatterDraft;
import org.yangguang.catalog.MatterLevel;
import org.yangguang.catalog.MatterType;
import org.yangguang.catalog.MatterVersion;
import org.yangguang.catalog.SpecialProcedureType;
import org.yangguang.catalog.VersionStatus;
import org.yangguang.files.FileStore;
import org.yangguang.files.StoredFile;
import org.yangguang.organization.Department;
import org.yangguang.organization.DepartmentService;
import org.yangguang.web.security.UserBean;
import org.yangguang.web.support.Faces;

/**
 * The tabbed matter editor: a new matter ({@code ?new=true}) or a draft ({@code ?id=}). Field
 * messages come from Bean Validation on {@link MatterDraft}; rules across fields from the service.
 */
@Named
@ViewScoped
public class MatterEditorBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CatalogService catalog;

    @Inject
    DepartmentService departments;

    @Inject
    FileStore files;

    @Inject
    UserBean user;

    private Long id;
    private boolean create;
    @Valid
    private MatterDraft draft;
    private Long versionId;
    private int lockVersion;
    private VersionStatus status;
    private String returnReason;
    private Integer materialIndexForUpload;
    private boolean uploadingSample;

    /** viewAction */
    public void load() {
        if (draft != null) return; // postback
        if (id != null) {
            MatterVersion v = Faces.attempt(() -> catalog.version(id));
            if (v == null) return;
            remember(v);
            draft = v.toDraft();
            draft.setChangeNote(v.getChangeNote());
        } else {
            create = true;
            draft = new MatterDraft();
            Department own = user.getDepartment();
            if (own != null) draft.setDepartmentCode(own.getCode());
            draft.getSteps().add(step("受理", 1));
            draft.getSteps().get(0).setKind(org.yangguang.catalog.StepKind.RECEPTION);
            draft.getSteps().add(step("审核", 2));
            draft.getSteps().add(step("决定", 2));
            draft.getChannels().add(Channel.WINDOW);
        }
    }

    private void remember(MatterVersion v) {
        versionId = v.getId();
        lockVersion = v.getVersion();
        status = v.getStatus();
        returnReason = v.getReturnReason();
    }

    private static MatterDraft.StepLine step(String name, int days) {
        var s = new MatterDraft.StepLine();
        s.setName(name);
        s.setLimitDays(days);
        return s;
    }

    public String save() {
        MatterVersion saved = Faces.attempt(() -> create ? catalog.draftNew(draft)
                : catalog.saveDraft(versionId, draft, lockVersion));
        if (saved == null) return null;
        remember(saved);
        Faces.info(Faces.text("common.saved"));
        if (create) {
            Faces.keepMessages();
            return "/admin/catalog/edit.xhtml?faces-redirect=true&id=" + saved.getId();
        }
        return null;
    }

    public String submit() {
        if (isEditable()) {
            MatterVersion saved = Faces.attempt(() -> create ? catalog.draftNew(draft)
                    : catalog.saveDraft(versionId, draft, lockVersion));
            if (saved == null) return null;
            remember(saved);
            create = false;
        }
        MatterVersion submitted = Faces.attempt(() -> catalog.submit(versionId, lockVersion));
        if (submitted == null) return null;
        remember(submitted);
        Faces.info(Faces.text("editor.submitted"));
        Faces.keepMessages();
        return "/admin/catalog/edit.xhtml?faces-redirect=true&id=" + submitted.getId();
    }

    public String withdraw() {
        MatterVersion v = Faces.attempt(() -> catalog.withdraw(versionId, lockVersion));
        if (v == null) return null;
        Faces.keepMessages();
        return "/admin/catalog/matters.xhtml?faces-redirect=true";
    }

    public void addMaterial() { draft.getMaterials().add(new MatterDraft.MaterialLine()); }
    public void removeMaterial(int i) { draft.getMaterials().remove(i); }
    public void addFee() { draft.getFees().add(new MatterDraft.FeeLine()); }
    public void removeFee(int i) { draft.getFees().remove(i); }
    public org.yangguang.catalog.StepKind[] getStepKinds() { return org.yangguang.catalog.StepKind.values(); }

    public void addStep() { draft.getSteps().add(new MatterDraft.StepLine()); }
    public void removeStep(int i) { draft.getSteps().remove(i); }

    /** Which material's blank form (or filled-in sample) the next upload is for. */
    public void prepareUpload(int materialIndex, boolean sample) {
        this.materialIndexForUpload = materialIndex;
        this.uploadingSample = sample;
    }

    public void uploadBlankForm(FileUploadEvent event) {
        if (materialIndexForUpload == null || materialIndexForUpload >= draft.getMaterials().size()) return;
        StoredFile f = Faces.attempt(() -> files.storePublic(event.getFile().getFileName(), event.getFile().getContent()));
        if (f != null) {
            var material = draft.getMaterials().get(materialIndexForUpload);
            if (uploadingSample) material.setSampleFileId(f.getId());
            else material.setBlankFormFileId(f.getId());
            Faces.info(Faces.text("case.uploaded", f.getFileName()));
        }
    }

    public boolean isEditable() {
        return draft != null && (create || (status != null && status.isEditable()))
                && user.mayDraftFor(draft.getDepartmentCode());
    }

    public boolean isWithdrawable() {
        return !create && status != null && status.isOpen() && user.mayDraftFor(draft.getDepartmentCode());
    }

    public List<Department> getDepartments() {
        if (user.isOffice()) return departments.all();
        Department own = user.getDepartment();
        return own == null ? List.of() : List.of(own);
    }

    public MatterType[] getTypes() { return MatterType.values(); }
    public MatterLevel[] getLevels() { return MatterLevel.values(); }
    public DayUnit[] getUnits() { return DayUnit.values(); }
    public HandlingKind[] getHandlingKinds() { return HandlingKind.values(); }
    public SpecialProcedureType[] getProcedures() { return SpecialProcedureType.values(); }
    public Channel[] getChannels() { return Channel.values(); }
    public MaterialForm[] getForms() { return MaterialForm.values(); }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public boolean isCreate() { return create; }
    public MatterDraft getDraft() { return draft; }
    public Long getVersionId() { return versionId; }
    public VersionStatus getStatus() { return status; }
    public String getReturnReason() { return returnReason; }
}
