package org.yangguang.web.disclosure;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.yangguang.disclosure.DisclosureCategory;
import org.yangguang.disclosure.ItemRow;
import org.yangguang.disclosure.ItemStatus;
import org.yangguang.disclosure.ProactiveItems;
import org.yangguang.web.support.PagedModel;

/**
 * The proactive-disclosure workspace: items awaiting publication first, by their deadline (late
 * ones marked); a reviewer opens the list on the items waiting for the confidentiality review.
 */
@Named
@ViewScoped
public class DisclosureItemsBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ProactiveItems items;

    private ItemStatus status;
    private String category;
    private String text;
    private final PagedModel<ItemRow> model = new PagedModel<>(p -> items.list(status, category, text, p),
            r -> String.valueOf(r.id()));

    public PagedModel<ItemRow> getModel() { return model; }
    public ItemStatus[] getStatuses() { return ItemStatus.values(); }
    public List<DisclosureCategory> getCategories() { return items.categories(false); }
    public ItemStatus getStatus() { return status; }
    public void setStatus(ItemStatus status) { this.status = status; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
