package org.yangguang.web.cases;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
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
    private List<String> checklist = new ArrayList<>();
    private ApprovalCase received;

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
            checklist = matter.getMaterials().stream().map(Material::getName).toList();
            application.setReceivedMaterials(new ArrayList<>());
        }
    }

    public String receive() {
        received = Faces.attempt(() -> cases.receive(application));
        if (received == null) return null;
        Faces.info("已收件：" + received.getReceiptNumber());
        Faces.keepMessages();
        return "/admin/cases/case.xhtml?faces-redirect=true&rn=" + received.getReceiptNumber();
    }

    public void applyOnline() {
        received = Faces.attempt(() -> cases.receiveOnline(application));
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
    public List<String> getChecklist() { return checklist; }
    public ApprovalCase getReceived() { return received; }
}
