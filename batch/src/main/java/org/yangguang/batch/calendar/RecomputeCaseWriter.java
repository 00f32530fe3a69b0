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

    @Inject
    CalendarJobs jobs;

    @Override
    public void writeItems(List<Object> items) {
        jobs.recomputeChunk(Long.parseLong(recomputeId), items.stream().map(Long.class::cast).toList());
    }
}
