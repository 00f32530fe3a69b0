package org.yangguang.disclosure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.yangguang.shared.EnteredDate;

/** What the editor fills in for a proactive-disclosure item (page and REST alike). */
public class ItemForm implements Serializable {
    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{yangguang.item.categoryCode.required}")
    private String categoryCode;

    /** The issuing department; an editor of a department always issues for their own. */
    private String departmentCode;

    @NotBlank(message = "{yangguang.item.title.required}")
    @Size(max = DisclosureItem.TITLE_LENGTH, message = "{yangguang.item.title.size}")
    private String title;

    @Size(max = 60, message = "{yangguang.item.documentNumber.size}")
    private String documentNumber;

    @NotNull(message = "{yangguang.item.formedOn.required}")
    @PastOrPresent(message = "{yangguang.item.formedOn.notFuture}")
    @EnteredDate
    private LocalDate formedOn;

    @NotBlank(message = "{yangguang.item.body.required}")
    @Size(max = DisclosureItem.BODY_LENGTH, message = "{yangguang.item.body.size}")
    private String body;

    /** The item this one replaces (a new version of a document); null for a new document. */
    private Long supersedesId;

    public String getCategoryCode() { return categoryCode; }
    public void setCategoryCode(String categoryCode) { this.categoryCode = categoryCode; }
    public String getDepartmentCode() { return departmentCode; }
    public void setDepartmentCode(String departmentCode) { this.departmentCode = departmentCode; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDocumentNumber() { return documentNumber; }
    public void setDocumentNumber(String documentNumber) { this.documentNumber = documentNumber; }
    public LocalDate getFormedOn() { return formedOn; }
    public void setFormedOn(LocalDate formedOn) { this.formedOn = formedOn; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public Long getSupersedesId() { return supersedesId; }
    public void setSupersedesId(Long supersedesId) { this.supersedesId = supersedesId; }

    /** A form holding an item's current values, for editing it. */
    public static ItemForm of(DisclosureItem item, String departmentCode) {
        ItemForm f = new ItemForm();
        f.categoryCode = item.getCategory().getCode();
        f.departmentCode = departmentCode;
        f.title = item.getTitle();
        f.documentNumber = item.getDocumentNumber();
        f.formedOn = item.getFormedOn();
        f.body = item.getBody();
        f.supersedesId = item.getSupersedesId();
        return f;
    }
}
