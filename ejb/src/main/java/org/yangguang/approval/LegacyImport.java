package org.yangguang.approval;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.yangguang.audit.AuditLog;
import org.yangguang.security.CurrentUser;
import org.yangguang.security.Role;
import org.yangguang.shared.Failures;

/**
 * Import of cases from an old system, one JSON object per line with the full event history at
 * its real past dates. Each line is replayed through the case's own rules in its own transaction:
 * a line with an impossible history is reported and skipped, the others are imported in the same
 * run. A receipt number already present is skipped as a duplicate, so re-importing a file is safe.
 */
@Stateless
@RolesAllowed(Role.OFFICE_ADMIN_NAME)
public class LegacyImport {
    public static final int MAX_LINES = 100_000;

    @Inject
    LegacyLineImporter lines;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    /** No transaction of its own: every line commits alone, however long the file. */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    public Result importJsonLines(String text) {
        String[] all = (text == null ? "" : text.replace("\uFEFF", "")).split("\\r?\\n");
        int imported = 0;
        int duplicates = 0;
        int count = 0;
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < all.length && i < MAX_LINES; i++) {
            String line = all[i].trim();
            if (line.isEmpty()) continue;
            count++;
            try {
                if (lines.importLine(line, currentUser.username())) imported++;
                else duplicates++;
            } catch (RuntimeException e) {
                Throwable cause = Failures.cause(e instanceof EJBException && e.getCause() != null ? e.getCause() : e);
                errors.add("第" + (i + 1) + "行：" + cause.getMessage());
            }
        }
        if (all.length > MAX_LINES) errors.add("文件超过" + MAX_LINES + "行，其余未导入");
        audit.record("CASE_LEGACY_IMPORT", "ApprovalCase", "legacy", null,
                "共" + count + "行：导入" + imported + "，重复" + duplicates + "，错误" + errors.size());
        return new Result(count, imported, duplicates, List.copyOf(errors));
    }

    public record Result(int lines, int imported, int duplicates, List<String> errors) implements Serializable {}
}
