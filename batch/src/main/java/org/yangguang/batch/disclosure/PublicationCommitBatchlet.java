package org.yangguang.batch.disclosure;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.yangguang.disclosure.publication.Manifest;
import org.yangguang.disclosure.publication.PublicationBundle;
import org.yangguang.disclosure.publication.PublicationSettings;

/**
 * Completes the version: the manifests (SHA-256 of every file), the rename into place, the switch
 * of the {@code current} pointer, and the removal of versions beyond the ones kept. The exit status
 * names the version and the manifest's own SHA-256, which the intranet keeps to check the
 * extranet's copy against.
 */
@Named
@Dependent
public class PublicationCommitBatchlet extends AbstractBatchlet {
    private static final Logger LOG = Logger.getLogger(PublicationCommitBatchlet.class.getName());

    @Inject
    @BatchProperty
    String version;

    @Inject
    JobContext job;

    @Inject
    Clock clock;

    @Override
    public String process() throws Exception {
        PublicationSettings settings = PublicationSettings.current();
        if (PublicationBundle.versions(settings.root()).contains(version)) {
            // a restart after the rename: the version is complete, only the pointer may be missing
            PublicationBundle.switchTo(settings.root(), version);
            job.setExitStatus("PUBLISHED " + version);
            return "PUBLISHED " + version;
        }
        Manifest manifest;
        try (PublicationBundle.Writer bundle = PublicationBundle.resume(settings.root(), version)) {
            manifest = bundle.commit(Map.of(Manifest.GENERATED_AT, clock.instant().toString(),
                    "job", job.getJobName(), "execution", String.valueOf(job.getExecutionId())));
        }
        List<String> removed = PublicationBundle.prune(settings.root(), settings.keep());
        String exit = "PUBLISHED " + version + " " + manifest.files().size() + " " + manifest.manifestSha256();
        job.setExitStatus(exit);
        LOG.info(() -> "Publication bundle " + version + ": " + manifest.files().size() + " files, "
                + manifest.totalBytes() + " bytes; removed " + removed);
        return exit; // a batchlet's return value is its step's exit status
    }
}
