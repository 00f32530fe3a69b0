package org.yangguang.approval;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yangguang.audit.AuditLog;
import org.yangguang.security.CurrentUser;
import org.yangguang.security.Role;
import org.yangguang.shared.Failures;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.SystemText;

/**
 * Import of cases from an old system, one JSON object per line with the full event history at
 * its real past dates. The office's upload is kept ({@link #stage}) and replayed by the
 * {@code legacy-import} job, never inside the request: each line through the case's own rules in
 * its own transaction, so a line with an impossible history is reported and skipped while the
 * others are imported. A receipt number already present is skipped as a duplicate, so
 * re-importing a file is safe (and a line replayed after a crash counts as a duplicate).
 */
@Stateless
public class LegacyImport {
    public static final int MAX_LINES = 100_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    LegacyLineImporter lines;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** One line of the file, numbered as an editor shows it. */
    public record Line(int number, String text) implements Serializable {}

    /** Keeps the upload for the job; an empty or oversized file is refused at once. */
    @RolesAllowed(Role.OFFICE_ADMIN_NAME)
    public LegacyImportRun stage(String fileName, String text) {
        String clean = text == null ? "" : text.replace("\uFEFF", "");
        int count = linesOf(clean).size();
        if (count == 0) throw new InvalidInputException(SystemText.of("legacy.empty"));
        if (count > MAX_LINES) throw new InvalidInputException(SystemText.of("legacy.tooManyLines", MAX_LINES));
        String name = fileName == null || fileName.isBlank() ? "import.jsonl" : fileName.strip();
        LegacyImportRun run = new LegacyImportRun(name.length() > 200 ? name.substring(0, 200) : name, clean, count,
                currentUser.username(), clock.instant());
        em.persist(run);
        audit.record("CASE_LEGACY_IMPORT", "LegacyImport", String.valueOf(run.getId()), null,
                name + "：" + count + "行，导入作业已开始");
        return run;
    }

    /** An import with its progress and errors. */
    @RolesAllowed(Role.OFFICE_ADMIN_NAME)
    public LegacyImportRun run(long id) {
        LegacyImportRun run = em.find(LegacyImportRun.class, id);
        if (run == null) throw new NotFoundException(SystemText.of("legacy.notFound", id));
        run.errorLines(); // shown after the transaction
        return run;
    }

    // ---------------------------------------------------------------- the job's side

    @PermitAll
    public List<Line> lines(long id) {
        return linesOf(em.find(LegacyImportRun.class, id).getContent());
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void started(long id, long execution) {
        em.find(LegacyImportRun.class, id).started(execution);
    }

    /**
     * A chunk of lines, in the chunk's transaction: each line commits alone (the importer's own
     * transaction), the counts and errors commit with the chunk's checkpoint.
     */
    @PermitAll
    public void replay(long id, List<Line> chunk) {
        LegacyImportRun run = em.find(LegacyImportRun.class, id);
        int imported = 0;
        int duplicates = 0;
        Map<Integer, String> errors = new LinkedHashMap<>();
        for (Line line : chunk) {
            try {
                if (lines.importLine(line.text(), run.getRequestedBy())) imported++;
                else duplicates++;
            } catch (RuntimeException e) {
                Throwable cause = Failures.cause(e instanceof EJBException && e.getCause() != null ? e.getCause() : e);
                errors.put(line.number(), stored(cause));
            }
        }
        run.progressed(chunk.size(), imported, duplicates, errors);
    }

    /** Why a line failed, as stored: a refusal as its system text (so both languages show it), else its message. */
    private static String stored(Throwable cause) {
        if (cause instanceof org.yangguang.shared.Refusal r) {
            String encoded = r.text().encode();
            if (encoded.length() <= LegacyImportRun.MESSAGE_LENGTH) return encoded;
        }
        return String.valueOf(cause.getMessage());
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finished(long id, String outcome) {
        LegacyImportRun run = em.find(LegacyImportRun.class, id);
        run.finished(outcome, clock.instant());
        audit.recordAs(run.getRequestedBy(), "CASE_LEGACY_IMPORT", "LegacyImport", String.valueOf(id), null,
                run.getFileName() + "：共" + run.getTotalLines() + "行：导入" + run.getImported() + "，重复"
                        + run.getDuplicates() + "，错误" + run.getFailed() + "（" + outcome + "）");
    }

    private static List<Line> linesOf(String text) {
        String[] all = text.split("\\r?\\n");
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < all.length; i++) {
            if (!all[i].isBlank()) out.add(new Line(i + 1, all[i].trim()));
        }
        return out;
    }
}
