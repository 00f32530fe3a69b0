package org.yangguang.web.disclosure;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.yangguang.disclosure.DisclosureCategory;
import org.yangguang.disclosure.ProactiveItems;
import org.yangguang.web.support.Faces;

/** The office edits the disclosure catalog (公开目录): rename, describe, reorder, hide, add. */
@Named
@ViewScoped
public class DisclosureCategoriesBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ProactiveItems items;

    private List<DisclosureCategory> categories;
    private boolean creating;
    private String code;
    private String name;
    private String description;
    private int position;
    private boolean active = true;

    public void load() {
        categories = items.categories(false);
    }

    public void edit(DisclosureCategory c) {
        creating = false;
        code = c.getCode();
        name = c.getName();
        description = c.getDescription();
        position = c.getPosition();
        active = c.isActive();
    }

    public void startNew() {
        creating = true;
        code = null;
        name = null;
        description = null;
        position = categories.isEmpty() ? 10 : categories.get(categories.size() - 1).getPosition() + 10;
        active = true;
    }

    public void save() {
        DisclosureCategory saved = Faces.attempt(() -> items.saveCategory(code, name, description, position, active));
        if (saved != null) {
            Faces.info(Faces.text("category.saved", saved.getName()));
            load();
        }
    }

    public List<DisclosureCategory> getCategories() { return categories; }
    public boolean isCreating() { return creating; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
