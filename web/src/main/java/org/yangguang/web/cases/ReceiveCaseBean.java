package org.yangguang.web.cases;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.yangguang.approval.ApplicantUpload;
import org.yangguang.approval.ApprovalCase;
import org.yangguang.approval.CaseService;
import org.yangguang.approval.NewCase;
import org.yangguang.catalog.CatalogService;
import org.yangguang.catalog.Material;
import org.yangguang.catalog.MatterQuery;
import org.yangguang.catalog.MatterSummary;
import org.yangguang.catalog.MatterVersion;
import org.yangguang.shared.PageRequest;
import org.yangguang.web.security.UserBean;
import org.yangguang.web.support.Faces;
import org.yangguang.web.support.LocaleBean;

/**
 * Receipt at the window (and the public's online application, {@code online = true}): choose the
 * matter, enter the applicant, tick the materials received against the matter's checklist.
 */
@Named
@ViewScoped
public class ReceiveCaseBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CatalogService catalog;

    @Inject
    CaseService cases;

    @Inject
    UserBean user;

    private final NewCase application = new NewCase();
    private MatterVersion matter;
    private List<Material> checklist = new ArrayList<>();
    private ApprovalCase received;
    /** Online: the file uploaded for each material, by material name. */
    private final java.util.Map<String, ApplicantUpload> uploads = new java.util.LinkedHashMap<>();

    /** Matters of the clerk's department (all published ones online) matching the typed text. */
    public List<MatterSummary> completeMatter(String text) {
        String department = user.getDepartment() == null ? null : user.getDepartment().getCode();
        return catalog.searchPublished(MatterQuery.published(text, department, null), PageRequest.of(1, 20)).items();
    }

    public void chooseMatter() {
        matter = null;
        checklist = new ArrayList<>();
        if (application.getImplementationCode() == null) return;
        matter = Faces.attempt(() -> catalog.published(application.getImplementationCode()));
        if (matter != null) {
            checklist = matter.getMaterials();
            application.setReceivedMaterials(new ArrayList<>());
            uploads.clear();
        }
    }

    public String receive() {
        received = Faces.attempt(() -> cases.receive(application));
        if (received == null) return null;
        Faces.info(Faces.text("receive.done", received.getReceiptNumber()));
        Faces.keepMessages();
        return "/admin/cases/case.xhtml?faces-redirect=true&rn=" + received.getReceiptNumber();
    }

    @Inject
    org.yangguang.web.security.PublicLimits limits;

    /** An online application: a submission, limited per address (the accepted ones count). */
    public void applyOnline() {
        if (Faces.submissionsUsedUp(limits)) return;
        received = Faces.attempt(() -> cases.receiveOnline(application, List.copyOf(uploads.values())));
        if (received != null) limits.submitted(Faces.clientAddress());
    }

    /**
     * One material's file from the online applicant: checked at once against the limits of staff
     * uploads (type, 10 MB), kept until the application is submitted.
     */
    public void upload(org.primefaces.event.FileUploadEvent event) {
        String material = (String) event.getComponent().getAttributes().get("material");
        var file = event.getFile();
        try {
            String name = org.yangguang.files.FileStore.validate(file.getFileName(), file.getContent());
            uploads.put(material, new ApplicantUpload(material, name, file.getContent()));
            if (!application.getReceivedMaterials().contains(material)) {
                List<String> declared = new ArrayList<>(application.getReceivedMaterials());
                declared.add(material);
                application.setReceivedMaterials(declared);
            }
        } catch (org.yangguang.shared.InvalidInputException e) {
            Faces.error(Faces.text("receive.uploadRefused", material, LocaleBean.words(e.text(), Faces.locale())));
        }
    }

    public void removeUpload(String material) {
        uploads.remove(material);
    }

    /** The file name uploaded for a material, or null. */
    public String uploaded(String material) {
        ApplicantUpload u = uploads.get(material);
        return u == null ? null : u.fileName();
    }

    public void setMatterCode(String code) {
        if (code != null && !code.equals(application.getImplementationCode())) {
            application.setImplementationCode(code);
            chooseMatter();
        }
    }

    public String getMatterCode() { return application.getImplementationCode(); }
    public NewCase getApplication() { return application; }
    public MatterVersion getMatter() { return matter; }
    public List<Material> getChecklist() { return checklist; }
    public ApprovalCase getReceived() { return received; }
}
