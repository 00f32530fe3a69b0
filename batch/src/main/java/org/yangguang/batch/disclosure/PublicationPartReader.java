package org.yangguang.batch.disclosure;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.yangguang.disclosure.publication.PublicationContent;

/**
 * The parts of the bundle, one per chunk. The checkpoint is the number of parts written: a
 * restarted job goes on with the next part. The list is fixed when the step first starts (kept
 * with the checkpoint), so a restart does not shift it when matters were published meanwhile.
 */
@Named
@Dependent
public class PublicationPartReader extends AbstractItemReader {

    /** A start and the parts of that start. */
    record Position(List<String> parts, int done) implements Serializable {}

    @Inject
    PublicationContent content;

    @Inject
    @BatchProperty
    String failAfterParts;

    @Inject
    StepContext step;

    private List<String> parts;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        if (checkpoint instanceof Position p) {
            parts = p.parts();
            next = p.done();
        } else {
            parts = List.copyOf(content.parts());
            next = 0;
        }
        // the progress: parts done before this start (a restart's), then this step's WRITE_COUNT, of all
        step.setPersistentUserData(next + "/" + parts.size());
    }

    @Override
    public Object readItem() {
        if (next >= parts.size()) return null;
        // the tests' switch (a restart goes without it): fail after some parts, to be continued
        int failAt = failAfterParts == null || failAfterParts.isBlank() ? 0 : Integer.parseInt(failAfterParts.trim());
        if (failAt > 0 && next == failAt && Boolean.getBoolean("yangguang.faultInjection")) {
            throw new IllegalStateException("fault injection: stopped after " + failAt + " parts");
        }
        return parts.get(next++);
    }

    @Override
    public Serializable checkpointInfo() {
        return new Position(parts, next);
    }
}
