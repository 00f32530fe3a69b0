package org.yangguang.web.catalog;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import jakarta.servlet.http.Part;
import org.yangguang.catalog.CatalogExcelService;
import org.yangguang.catalog.CatalogService;
import org.yangguang.catalog.ImportResult;
import org.yangguang.catalog.MatterLevel;
import org.yangguang.catalog.MatterQuery;
import org.yangguang.catalog.MatterSummary;
import org.yangguang.catalog.MatterType;
import org.yangguang.catalog.MatterVersion;
import org.yangguang.organization.Department;
import org.yangguang.organization.DepartmentService;
import org.yangguang.web.support.Faces;
import org.yangguang.web.support.PagedModel;

/** The staff's matter list: database-paged, sortable, filterable; Excel export and import. */
@Named
@ViewScoped
public class MattersBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CatalogService catalog;

    @Inject
    CatalogExcelService excel;

    @Inject
    DepartmentService departments;

    private String text;
    private String departmentCode;
    private MatterType type;
    private MatterLevel level;
    /** The largest catalog workbook accepted (20 MB; a county's catalog is well below 1 MB). */
    private static final long MAX_IMPORT_BYTES = 20L * 1024 * 1024;

    private transient Part upload;
    private ImportResult importResult;

    private final PagedModel<MatterSummary> model =
            new PagedModel<>(page -> catalog.searchAll(query(), page), MatterSummary::implementationCode);

    MatterQuery query() {
        return new MatterQuery(text, departmentCode, type, level, false);
    }

    public String startChange(String implementationCode) {
        MatterVersion draft = Faces.attempt(() -> catalog.startChange(implementationCode));
        return draft == null ? null : "/admin/catalog/edit.xhtml?faces-redirect=true&id=" + draft.getId();
    }

    public StreamedContent getExport() {
        return DefaultStreamedContent.builder()
                .name("事项目录.xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    excel.export(query(), out);
                    return new java.io.ByteArrayInputStream(out.toByteArray());
                })
                .build();
    }

    public void importExcel() {
        importResult = null;
        if (upload == null || upload.getSize() == 0 || upload.getSize() > MAX_IMPORT_BYTES
                || upload.getSubmittedFileName() == null || !upload.getSubmittedFileName().toLowerCase().endsWith(".xlsx")) {
            Faces.error(Faces.text("admin.chooseXlsx"));
            return;
        }
        try (var in = upload.getInputStream()) {
            ImportResult result = Faces.attempt(() -> excel.importDrafts(in));
            if (result == null) return;
            importResult = result;
            if (result.isAccepted()) {
                Faces.info(Faces.text("admin.importDone", result.rows(), result.created(), result.changed()));
            } else {
                Faces.error(Faces.text("admin.importRejected"));
            }
        } catch (IOException e) {
            Faces.error(Faces.text("common.uploadUnreadable"));
        }
    }

    public List<Department> getDepartments() {
        return departments.all();
    }

    public MatterType[] getTypes() { return MatterType.values(); }
    public MatterLevel[] getLevels() { return MatterLevel.values(); }
    public PagedModel<MatterSummary> getModel() { return model; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getDepartmentCode() { return departmentCode; }
    public void setDepartmentCode(String departmentCode) { this.departmentCode = departmentCode; }
    public MatterType getType() { return type; }
    public void setType(MatterType type) { this.type = type; }
    public MatterLevel getLevel() { return level; }
    public void setLevel(MatterLevel level) { this.level = level; }
    public Part getUpload() { return upload; }
    public void setUpload(Part upload) { this.upload = upload; }
    public ImportResult getImportResult() { return importResult; }
}
