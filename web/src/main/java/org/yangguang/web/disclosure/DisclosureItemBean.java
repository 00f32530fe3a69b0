package org.yangguang.web.disclosure;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.primefaces.model.StreamedContent;
import org.yangguang.disclosure.DisclosureCategory;
import org.yangguang.disclosure.DisclosureItem;
import org.yangguang.disclosure.ItemAction;
import org.yangguang.disclosure.ItemForm;
import org.yangguang.disclosure.ProactiveItems;
import org.yangguang.files.StoredFile;
import org.yangguang.organization.Department;
import org.yangguang.organization.DepartmentService;
import org.yangguang.supervision.FindingRow;
import org.yangguang.supervision.FindingService;
import org.yangguang.supervision.SubjectType;
import org.yangguang.web.support.Faces;

/**
 * One proactive-disclosure item: the editor drafts and submits it (with attachments), a reviewer
 * approves it for the public (with an opinion) or returns it with a reason, a published one is
 * withdrawn by the editor or the office (with a reason) or repealed. The page offers exactly what
 * {@link org.yangguang.disclosure.ItemTransitions} allows this user. Without an id it starts a new draft.
 */
@Named
@ViewScoped
public class DisclosureItemBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ProactiveItems items;

    @Inject
    DepartmentService departments;

    @Inject
    FindingService supervision;

    @Inject
    org.yangguang.web.security.UserBean user;

    private Long id;
    private DisclosureItem item;
    private String departmentName;
    private List<StoredFile> attachments = List.of();
    private List<FindingRow> findings = List.of();
    private ItemForm form;
    private String reason;
    private String opinion;
    private LocalDate repealOn;
    private List<ItemAction> allowed = List.of();

    public void load() {
        if (id == null) {
            if (form == null) {
                form = new ItemForm();
                form.setFormedOn(LocalDate.now(ZoneId.of("Asia/Shanghai")));
            }
            return;
        }
        item = Faces.attempt(() -> items.get(id));
        if (item == null) return;
        departmentName = items.departmentName(item.getDepartmentId());
        allowed = items.allowedActions(item.getId());
        attachments = items.attachments(item);
        findings = supervision.forSubject(SubjectType.ITEM, item.getId());
        form = ItemForm.of(item, departments.all().stream().filter(d -> d.getId() == item.getDepartmentId())
                .map(Department::getCode).findFirst().orElse(null));
    }

    public String save() {
        if (item == null) {
            DisclosureItem created = Faces.attempt(() -> items.create(form));
            if (created == null) return null;
            Faces.keepMessages();
            Faces.info(Faces.text("item.saved", created.getTitle()));
            return "/admin/disclosure/item?faces-redirect=true&id=" + created.getId();
        }
        done(Faces.attempt(() -> items.update(id, item.getVersion(), form)), "item.saved");
        return null;
    }

    public void submit() {
        done(Faces.attempt(() -> items.submit(id, item.getVersion())), "item.submitted");
    }

    public void approve() {
        done(Faces.attempt(() -> items.approve(id, item.getVersion(), opinion)), "item.approved");
    }

    public void returnForChanges() {
        done(Faces.attempt(() -> items.returnForChanges(id, item.getVersion(), reason)), "item.returned");
    }

    public void withdraw() {
        done(Faces.attempt(() -> items.withdraw(id, item.getVersion(), reason)), "item.withdrawn");
    }

    public void repeal() {
        done(Faces.attempt(() -> items.repeal(id, item.getVersion(), repealOn)), "item.repealed");
    }

    public void upload(org.primefaces.event.FileUploadEvent event) {
        done(Faces.attempt(() -> items.attach(id, item.getVersion(), event.getFile().getFileName(), event.getFile().getContent())),
                "item.saved");
    }

    public void detach(long fileId) {
        done(Faces.attempt(() -> items.detach(id, item.getVersion(), fileId)), "item.saved");
    }

    public StreamedContent download(StoredFile f) {
        StoredFile file = Faces.attempt(() -> items.attachment(id, f.getId()));
        return file == null ? null : org.yangguang.web.support.Downloads.of(file);
    }

    /**
     * Whether the transition table lets this user take the action now (the page shows only those);
     * a new item is a draft of the editor's.
     */
    public boolean allows(String action) {
        if (item == null) return "EDIT".equals(action) && user.has("DISCLOSURE_EDITOR");
        return allowed.stream().anyMatch(a -> a.name().equals(action));
    }

    private void done(DisclosureItem changed, String messageKey) {
        if (changed != null) {
            Faces.info(Faces.text(messageKey, changed.getTitle()));
            reason = null;
            opinion = null;
            load();
        }
    }

    public boolean isNew() { return item == null; }
    public boolean isLate() { return item != null && item.isLate(LocalDate.now(ZoneId.of("Asia/Shanghai"))); }
    public boolean isEditable() { return allows("EDIT"); }
    public List<DisclosureCategory> getCategories() { return items.categories(true); }
    public List<Department> getDepartments() { return departments.all(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public DisclosureItem getItem() { return item; }
    public String getDepartmentName() { return departmentName; }
    public List<StoredFile> getAttachments() { return attachments; }
    public List<FindingRow> getFindings() { return findings; }
    public ItemForm getForm() { return form; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getOpinion() { return opinion; }
    public void setOpinion(String opinion) { this.opinion = opinion; }
    public LocalDate getRepealOn() { return repealOn; }
    public void setRepealOn(LocalDate repealOn) { this.repealOn = repealOn; }
}
