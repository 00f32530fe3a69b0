package org.yangguang.catalog;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.yangguang.audit.AuditLog;
import org.yangguang.organization.DepartmentRepository;
import org.yangguang.security.Role;
import org.yangguang.shared.PageRequest;
import org.yangguang.shared.SystemText;
import org.yangguang.shared.Violations;

/**
 * Excel import and export of the catalog in the {@link CatalogSheet} template. An import is all
 * or nothing: every row is checked first, and a file with any bad row saves nothing and gets a
 * row-by-row report. Imported rows become submitted drafts in the office's review queue.
 */
@Stateless
public class CatalogExcelService {
    public static final int MAX_ROWS = 5000;

    @Inject
    CatalogService catalog;

    @Inject
    MatterRepository matters;

    @Inject
    org.yangguang.security.CurrentUser currentUser;

    @Inject
    DepartmentRepository departments;

    @Inject
    Validator validator;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext context;

    @RolesAllowed(Role.OFFICE_ADMIN_NAME)
    public ImportResult importDrafts(InputStream xlsx) {
        List<Numbered> rows = read(xlsx);
        List<SystemText> errors = new ArrayList<>();
        if (rows.isEmpty()) {
            errors.add(SystemText.of("catalog.import.noRows"));
        }
        if (rows.size() > MAX_ROWS) {
            errors.add(SystemText.of("catalog.import.tooManyRows", MAX_ROWS));
        }
        Map<String, MatterLevel> levelsInFile = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Numbered row : rows) {
            for (SystemText e : check(row.draft, row.errors, levelsInFile, seen)) {
                errors.add(SystemText.of("catalog.import.row", row.number, e));
            }
        }
        if (!errors.isEmpty()) {
            return new ImportResult(rows.size(), 0, 0, errors);
        }
        int created = 0;
        int changed = 0;
        for (Numbered row : rows) {
            Optional<Matter> existing = matters.find(row.draft.getImplementationCode());
            MatterVersion version;
            if (existing.isPresent()) {
                MatterVersion draft = catalog.startChange(row.draft.getImplementationCode());
                version = catalog.saveDraft(draft.getId(), row.draft, draft.getVersion());
                changed++;
            } else {
                version = catalog.draftNew(row.draft);
                created++;
            }
            matters.flush();
            catalog.submit(version.getId(), version.getVersion());
        }
        audit.record("CATALOG_IMPORT", "Catalog", "excel", null, "导入" + rows.size() + "行：新增" + created + "，变更" + changed);
        return new ImportResult(rows.size(), created, changed, List.of());
    }

    private List<SystemText> check(MatterDraft d, List<SystemText> cellErrors, Map<String, MatterLevel> levelsInFile,
            Set<String> seen) {
        // a cell that does not parse names the sheet's own (Chinese) column: it stays as written
        List<SystemText> errors = new ArrayList<>(cellErrors);
        for (ConstraintViolation<MatterDraft> v : validator.validate(d)) {
            errors.add(Violations.text(v));
        }
        String code = d.getImplementationCode();
        if (code != null && !seen.add(code)) {
            errors.add(SystemText.of("catalog.import.codeTwice", code));
        }
        if (d.getDepartmentCode() != null && departments.find(d.getDepartmentCode()).isEmpty()) {
            errors.add(SystemText.of("catalog.noSuchDepartment", d.getDepartmentCode()));
        }
        MatterLevel parentLevel = null;
        if (d.getParentCode() != null) {
            parentLevel = levelsInFile.get(d.getParentCode());
            if (parentLevel == null) {
                Optional<Matter> parent = matters.find(d.getParentCode());
                if (parent.isEmpty()) {
                    errors.add(SystemText.of("catalog.noSuchParent", d.getParentCode()));
                } else {
                    parentLevel = parent.get().getLevel();
                }
            }
        }
        if (errors.isEmpty()) {
            errors.addAll(CatalogRules.check(d, parentLevel));
        }
        if (code != null) {
            matters.find(code).ifPresent(m -> {
                if (matters.openDraftOf(m).isPresent()) {
                    errors.add(SystemText.of("catalog.import.openChange", code));
                }
                if (!m.isPublished()) {
                    errors.add(SystemText.of("catalog.import.notPublished", code));
                }
                if (d.getDepartmentCode() != null && !m.getDepartment().getCode().equals(d.getDepartmentCode())) {
                    errors.add(SystemText.of("catalog.import.departmentFixed"));
                }
            });
            if (d.getLevel() != null) levelsInFile.put(code, d.getLevel());
        }
        return errors;
    }

    private record Numbered(int number, MatterDraft draft, List<SystemText> errors) {}

    private static List<Numbered> read(InputStream xlsx) {
        List<Numbered> out = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx); Stream<Row> rows = wb.getFirstSheet().openStream()) {
            rows.forEach(row -> {
                if (row.getRowNum() == 1) return; // header
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < CatalogSheet.HEADERS.size(); i++) {
                    cells.add(row.getCellAsString(i).orElse(null));
                }
                if (cells.stream().allMatch(c -> c == null || c.isBlank())) return;
                List<SystemText> errors = new ArrayList<>();
                MatterDraft draft = CatalogSheet.fromCells(cells, errors);
                out.add(new Numbered(row.getRowNum(), draft, errors));
            });
        } catch (IOException | RuntimeException e) {
            throw new org.yangguang.shared.InvalidInputException(SystemText.of("catalog.import.unreadable", String.valueOf(e.getMessage())));
        }
        return out;
    }

    /** Writes the matters of the filter (content in force, or the draft of unpublished ones). */
    @RolesAllowed({Role.OFFICE_ADMIN_NAME, Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME, Role.SUPERVISOR_NAME,
            Role.DISCLOSURE_EDITOR_NAME})
    public void export(MatterQuery query, OutputStream out) {
        try {
            Workbook wb = new Workbook(out, "Yangguang", "1.0");
            Worksheet ws = wb.newWorksheet("事项目录");
            for (int c = 0; c < CatalogSheet.HEADERS.size(); c++) {
                ws.value(0, c, CatalogSheet.HEADERS.get(c));
                ws.style(0, c).bold().fillColor("DDEBF7").set();
            }
            int r = 1;
            int first = 0;
            while (true) {
                var page = matters.search(query.withUnpublishedOnlyOf(currentUser.draftsOf()), new PageRequest(first, PageRequest.MAX_SIZE, "implementationCode", true));
                for (MatterSummary s : page.items()) {
                    Matter m = matters.find(s.implementationCode()).orElseThrow();
                    MatterVersion v = m.isPublished() ? m.getCurrentVersion()
                            : catalog.mayReadDrafts(m) ? matters.openDraftOf(m).orElse(null) : null;
                    if (v == null) continue;
                    List<String> cells = CatalogSheet.toCells(v.toDraft());
                    for (int c = 0; c < cells.size(); c++) {
                        ws.value(r, c, cells.get(c));
                    }
                    r++;
                }
                matters.clear();
                first += PageRequest.MAX_SIZE;
                if (first >= page.total()) break;
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
