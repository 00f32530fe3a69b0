package org.yangguang.web.disclosure;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.yangguang.batch.disclosure.PublicationJobs;
import org.yangguang.web.support.Faces;

/**
 * The publication bundle for the extranet: the versions and the published one checked against its
 * manifest; a run on demand with its progress (polled while it runs), a failed run restarted.
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
        if (id != null) Faces.info(Faces.text("publication.started", id));
        load();
    }

    public void restart(long executionId) {
        Long id = Faces.attempt(() -> publication.restart(executionId));
        if (id != null) Faces.info(Faces.text("publication.restarted", id));
        load();
    }

    public boolean isRunning() {
        return executions.stream().anyMatch(e -> e.status().equals("STARTING") || e.status().equals("STARTED"));
    }

    public PublicationJobs.BundleStatus getBundle() { return bundle; }
    public List<PublicationJobs.Run> getExecutions() { return executions; }
}
