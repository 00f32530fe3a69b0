package org.yangguang.web.catalog;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.yangguang.catalog.CatalogService;
import org.yangguang.catalog.FieldChange;
import org.yangguang.catalog.MatterVersion;
import org.yangguang.web.support.Faces;

/** Every version of one matter; pick two to see what changed between them. */
@Named
@ViewScoped
public class HistoryBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CatalogService catalog;

    private String code;
    private List<MatterVersion> versions;
    private List<MatterVersion> selection;
    private List<FieldChange> changes;
    private MatterVersion shown;

    public void load() {
        if (versions == null && code != null) {
            versions = Faces.attempt(() -> catalog.history(code));
        }
    }

    public void compare() {
        if (selection == null || selection.size() != 2) {
            Faces.error(Faces.text("history.selectTwo"));
            return;
        }
        List<MatterVersion> ordered = selection.stream()
                .sorted(Comparator.comparing(MatterVersion::getCreatedAt).thenComparing(MatterVersion::getId)).toList();
        changes = catalog.compare(ordered.get(0).getId(), ordered.get(1).getId());
        if (changes.isEmpty()) Faces.info(Faces.text("history.noChanges"));
    }

    public void show(long id) {
        shown = Faces.attempt(() -> catalog.version(id));
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public List<MatterVersion> getVersions() { return versions; }
    public List<MatterVersion> getSelection() { return selection; }
    public void setSelection(List<MatterVersion> selection) { this.selection = selection; }
    public List<FieldChange> getChanges() { return changes; }
    public MatterVersion getShown() { return shown; }
}
