package org.yangguang.web.disclosure;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.yangguang.disclosure.DisclosureItem;
import org.yangguang.disclosure.ProactiveItems;
import org.yangguang.files.StoredFile;
import org.yangguang.web.security.PublicLimits;
import org.yangguang.web.support.Faces;

/** A published item for the public: its fields, body, attachments and the links between versions. */
@Named
@ViewScoped
public class OpenItemBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ProactiveItems items;

    @Inject
    PublicLimits limits;

    private Long id;
    private DisclosureItem item;
    private String departmentName;
    private List<StoredFile> attachments = List.of();

    /** One read of published content, counted with the API's (PublicLimits). */
    public void load() {
        if (Faces.publishedThrottled(limits)) return;
        item = id == null ? null : Faces.attempt(() -> items.publishedItem(id));
        if (item != null) {
            departmentName = items.departmentName(item.getDepartmentId());
            attachments = items.attachments(item);
        }
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public DisclosureItem getItem() { return item; }
    public String getDepartmentName() { return departmentName; }
    public List<StoredFile> getAttachments() { return attachments; }
}
