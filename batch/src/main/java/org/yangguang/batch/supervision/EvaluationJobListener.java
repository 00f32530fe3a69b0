package org.yangguang.batch.supervision;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.yangguang.supervision.EvaluationRuns;

/** Ties each execution (the first and every restart) to its run, and frees the date at the end. */
@Named
@Dependent
public class EvaluationJobListener extends AbstractJobListener {

    @Inject
    @BatchProperty
    String runId;

    @Inject
    JobContext job;

    @Inject
    EvaluationRuns runs;

    @Override
    public void beforeJob() {
        runs.started(Long.parseLong(runId), job.getExecutionId());
    }

    @Override
    public void afterJob() {
        String status = org.yangguang.batch.JobOutcome.of(job);
        runs.finished(Long.parseLong(runId), status);
        job.setExitStatus(status);
    }
}
