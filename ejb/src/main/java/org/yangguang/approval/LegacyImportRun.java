package org.yangguang.approval;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.yangguang.shared.JobRecord;
import org.yangguang.shared.SystemText;

/**
 * One upload of the old system's cases, replayed by the {@code legacy-import} job: the file as
 * uploaded, the job's progress, and a readable error per line that could not be imported.
 */
@Entity
@Table(name = "legacy_import")
public class LegacyImportRun extends JobRecord {

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Column(name = "content", nullable = false, updatable = false, columnDefinition = "LONGTEXT")
    private String content;

    @Column(name = "total_lines", nullable = false, updatable = false)
    private int totalLines;

    @Column(name = "processed", nullable = false)
    private int processed;

    @Column(name = "imported", nullable = false)
    private int imported;

    @Column(name = "duplicates", nullable = false)
    private int duplicates;

    @Column(name = "failed", nullable = false)
    private int failed;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "legacy_import_error", joinColumns = @JoinColumn(name = "import_id"))
    @MapKeyColumn(name = "line_no")
    @Column(name = "message", nullable = false, length = MESSAGE_LENGTH)
    private Map<Integer, String> errors = new TreeMap<>();

    /** Why a line failed: a system text as stored ({@link SystemText#encode()}), or, too long for that, its Chinese. */
    static final int MESSAGE_LENGTH = 1000;

    protected LegacyImportRun() {}

    LegacyImportRun(String fileName, String content, int totalLines, String by, Instant at) {
        super(by, at);
        this.fileName = fileName;
        this.content = content;
        this.totalLines = totalLines;
    }

    void started(long execution) {
        startedAs(execution);
    }

    /** A chunk of lines is done: each imported, a duplicate, or failed with the reason. */
    void progressed(int lines, int newlyImported, int newDuplicates, Map<Integer, String> lineErrors) {
        processed += lines;
        imported += newlyImported;
        duplicates += newDuplicates;
        failed += lineErrors.size();
        lineErrors.forEach((line, message) -> errors.put(line, message.length() > MESSAGE_LENGTH
                ? message.substring(0, MESSAGE_LENGTH - 1) + "…" : message));
    }

    public String getFileName() { return fileName; }
    public String getContent() { return content; }
    public int getTotalLines() { return totalLines; }
    public int getProcessed() { return processed; }
    public int getImported() { return imported; }
    public int getDuplicates() { return duplicates; }
    public int getFailed() { return failed; }

    /** "第N行：…" for each line that failed, in line order. */
    public java.util.List<SystemText> errorLines() {
        return errors.entrySet().stream().map(e -> SystemText.of("legacy.lineError", e.getKey(), SystemText.shown(e.getValue()))).toList();
    }

    public int getPercent() {
        if (!isRunning()) return 100;
        return totalLines == 0 ? 0 : Math.min(99, processed * 100 / totalLines);
    }
}
