package org.yangguang.web.disclosure;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.yangguang.disclosure.AnnualReports;
import org.yangguang.disclosure.DisclosureCategory;
import org.yangguang.disclosure.ItemRow;
import org.yangguang.disclosure.ProactiveItems;
import org.yangguang.web.support.PagedModel;

/**
 * The public disclosure portal (政府信息公开专栏): the catalog with its counts, the published items
 * of a category or of a keyword search, newest first, each category's Atom feed, and the published
 * annual reports.
 */
@Named
@ViewScoped
public class OpenBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ProactiveItems items;

    @Inject
    AnnualReports reports;

    private String category;
    private String q;
    private List<DisclosureCategory> categories;
    private Map<String, Long> counts;
    private final PagedModel<ItemRow> model = new PagedModel<>(p -> items.published(category, q, p), r -> String.valueOf(r.id()));

    public void load() {
        categories = items.categories(true);
        counts = items.publishedCounts();
    }

    public String categoryName() {
        return categories.stream().filter(c -> c.getCode().equals(category)).map(DisclosureCategory::getName).findFirst().orElse(null);
    }

    public long count(String code) {
        return counts.getOrDefault(code, 0L);
    }

    public List<AnnualReports.PublishedReport> getReports() { return reports.published(); }
    public PagedModel<ItemRow> getModel() { return model; }
    public List<DisclosureCategory> getCategories() { return categories; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
}
