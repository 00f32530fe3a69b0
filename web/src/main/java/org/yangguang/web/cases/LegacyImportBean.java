package org.yangguang.web.cases;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import jakarta.servlet.http.Part;
import org.yangguang.approval.LegacyImport;
import org.yangguang.approval.LegacyImportRun;
import org.yangguang.batch.approval.LegacyImportJobs;
import org.yangguang.web.support.Faces;

/** The office imports cases from the old system (JSON Lines). */
@Named
@ViewScoped
public class LegacyImportBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    LegacyImport legacy;

    @Inject
    LegacyImportJobs jobs;

    private transient Part file;
    private Long importId;

    /** Keeps the file and starts the import job; the page then shows its progress. */
    public void upload() {
        if (file == null || file.getSize() == 0) {
            Faces.error(Faces.text("legacy.chooseFile"));
            return;
        }
        try {
            String text = new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            LegacyImportRun run = Faces.attempt(() -> legacy.stage(file.getSubmittedFileName(), text));
            if (run == null) return;
            importId = run.getId();
            Faces.attempt(() -> jobs.start(run.getId()));
        } catch (IOException e) {
            Faces.error(Faces.text("common.uploadUnreadable"));
        }
    }

    /** The import as it stands (the poll re-reads it every second). */
    public LegacyImportRun getRun() {
        return importId == null ? null : legacy.run(importId);
    }

    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
