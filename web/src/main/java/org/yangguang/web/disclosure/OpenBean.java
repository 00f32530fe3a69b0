package org.yangguang.web.disclosure;

import jakarta.faces.context.FacesContext;
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
import org.yangguang.shared.Page;
import org.yangguang.shared.PageRequest;
import org.yangguang.web.security.PublicLimits;
import org.yangguang.web.support.Faces;
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

    @Inject
    PublicLimits limits;

    /** This address has read its fill of published content: the page says so and shows nothing. */
    private boolean throttled;

    private String category;
    private String q;
    private List<DisclosureCategory> categories;
    private Map<String, Long> counts;
    private final PagedModel<ItemRow> model = new PagedModel<>(this::page, r -> String.valueOf(r.id()));

    /** The page counts as one read of published content, as the API's reads do (PublicLimits). */
    public void load() {
        throttled = Faces.publishedThrottled(limits);
        categories = throttled ? List.of() : items.categories(true);
        counts = throttled ? Map.of() : items.publishedCounts();
    }

    /** A page of the table; another page or a search (AJAX) is another read. */
    private Page<ItemRow> page(PageRequest p) {
        boolean refused = throttled || FacesContext.getCurrentInstance().isPostback() && Faces.publishedThrottled(limits);
        return refused ? new Page<>(List.of(), 0) : items.published(category, q, p);
    }

    public String categoryName() {
        return categories.stream().filter(c -> c.getCode().equals(category)).map(DisclosureCategory::getName).findFirst().orElse(null);
    }

    public long count(String code) {
        return counts.getOrDefault(code, 0L);
    }

    public List<AnnualReports.PublishedReport> getReports() { return throttled ? List.of() : reports.published(); }
    public PagedModel<ItemRow> getModel() { return model; }
    public List<DisclosureCategory> getCategories() { return categories; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
}
