package org.yangguang.batch.calendar;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Recomputes a chunk of cases in the chunk's transaction, with the recompute's progress. */
@Named
@Dependent
public class RecomputeCaseWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String recomputeId;

    /** Test-only: fail the chunk that starts once this many cases are committed (0: never). */
    @Inject
    @BatchProperty
    String failAfterChecked;

    @Inject
    CalendarJobs jobs;

    @Override
    public void writeItems(List<Object> items) {
        if (Boolean.getBoolean(CalendarJobs.FAULT_INJECTION) && failAfterChecked != null && !failAfterChecked.isBlank()
                && Integer.parseInt(failAfterChecked) > 0
                && jobs.checked(Long.parseLong(recomputeId)) >= Integer.parseInt(failAfterChecked)) {
            throw new IllegalStateException("Injected failure after " + failAfterChecked + " cases (test switch)");
        }
        jobs.recomputeChunk(Long.parseLong(recomputeId), items.stream().map(Long.class::cast).toList());
    }
}
