package org.yangguang.web.guide;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.yangguang.catalog.CatalogService;
import org.yangguang.catalog.MatterQuery;
import org.yangguang.catalog.MatterSummary;
import org.yangguang.catalog.MatterType;
import org.yangguang.organization.Department;
import org.yangguang.organization.DepartmentService;
import org.yangguang.shared.Page;
import org.yangguang.shared.PageRequest;

/**
 * The public service guide's search: bookmarkable GET parameters (q, department, type, page), so a
 * result list can be shared or printed, and the page works without JavaScript.
 */
@Named
@RequestScoped
public class GuideSearchBean {
    static final int PAGE_SIZE = 15;

    @Inject
    CatalogService catalog;

    @Inject
    DepartmentService departments;

    private String q;
    private String department;
    private String type;
    private int page = 1;
    private Page<MatterSummary> result;
    private List<Department> allDepartments;

    public Page<MatterSummary> getResult() {
        if (result == null) {
            MatterType t = null;
            try {
                t = type == null || type.isBlank() ? null : MatterType.valueOf(type);
            } catch (IllegalArgumentException e) {
                type = null; // an unknown type in a hand-edited URL shows everything
            }
            page = Math.max(1, page);
            result = catalog.searchPublished(MatterQuery.published(q, blank(department) ? null : department, t),
                    PageRequest.of(page, PAGE_SIZE));
        }
        return result;
    }

    public int getPageCount() {
        return (int) Math.max(1, (getResult().total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** Link to another page of the same search. */
    public String link(int toPage) {
        StringBuilder b = new StringBuilder("?page=").append(toPage);
        if (!blank(q)) b.append("&q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
        if (!blank(department)) b.append("&department=").append(URLEncoder.encode(department, StandardCharsets.UTF_8));
        if (!blank(type)) b.append("&type=").append(URLEncoder.encode(type, StandardCharsets.UTF_8));
        return b.toString();
    }

    public List<Department> getDepartments() {
        if (allDepartments == null) allDepartments = departments.all();
        return allDepartments;
    }

    public MatterType[] getTypes() {
        return MatterType.values();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = page; }
}
