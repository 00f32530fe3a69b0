package org.yangguang.web.disclosure;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.yangguang.batch.disclosure.PublicationJobs;
import org.yangguang.web.support.Faces;

/**
 * The publication bundle for the extranet, for people: a table of the versions kept (when each was
 * made, what it holds, its size), whether the published one still matches its manifest (and what
 * differs if not), the manifest's full checksum on demand; a run on demand with its progress
 * (polled while it runs), a failed run restarted. No directory, command line or raw job output.
 */
@Named
@ViewScoped
public class PublicationBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PublicationJobs publication;

    private PublicationJobs.BundleStatus bundle;
    private List<PublicationJobs.Run> executions = List.of();

    public void load() {
        bundle = Faces.attempt(publication::bundle);
        executions = Faces.attempt(() -> publication.runs(10));
        if (executions == null) executions = List.of();
    }

    public void start() {
        Long id = Faces.attempt(() -> publication.start(null));
        if (id != null) Faces.info(Faces.text("publication.startedNow"));
        load();
    }

    public void restart(long executionId) {
        Long id = Faces.attempt(() -> publication.restart(executionId));
        if (id != null) Faces.info(Faces.text("publication.restartedNow"));
        load();
    }

    public boolean isRunning() {
        return executions.stream().anyMatch(e -> e.status().equals("STARTING") || e.status().equals("STARTED"));
    }

    /** The published version, as the versions table describes it (null before the first run). */
    public PublicationJobs.VersionInfo getCurrent() {
        return bundle == null ? null : bundle.history().stream().filter(PublicationJobs.VersionInfo::current).findFirst().orElse(null);
    }

    /** A size in bytes as people read it: 830 KB, 12.4 MB. */
    public String size(long bytes) {
        if (bytes < 1024) return bytes + " B";
        if (bytes < 1024 * 1024) return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    public PublicationJobs.BundleStatus getBundle() { return bundle; }
    public List<PublicationJobs.Run> getExecutions() { return executions; }
}
