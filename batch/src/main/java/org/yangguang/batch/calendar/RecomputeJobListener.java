package org.yangguang.batch.calendar;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Records the execution on the recompute when its job begins, and the outcome when it ends. */
@Named
@Dependent
public class RecomputeJobListener extends AbstractJobListener {

    @Inject
    @BatchProperty
    String recomputeId;

    @Inject
    JobContext job;

    @Inject
    CalendarJobs jobs;

    @Override
    public void beforeJob() {
        jobs.started(Long.parseLong(recomputeId), job.getExecutionId());
    }

    @Override
    public void afterJob() {
        String status = org.yangguang.batch.JobOutcome.of(job);
        jobs.finished(Long.parseLong(recomputeId), status);
        job.setExitStatus(status);
    }
}
