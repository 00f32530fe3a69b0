package org.yangguang.batch.approval;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.yangguang.approval.LegacyImport;

/** Records the execution on the import when its job begins; its outcome and totals when it ends. */
@Named
@Dependent
public class LegacyImportJobListener extends AbstractJobListener {

    @Inject
    @BatchProperty
    String importId;

    @Inject
    JobContext job;

    @Inject
    LegacyImport legacy;

    @Override
    public void beforeJob() {
        legacy.started(Long.parseLong(importId), job.getExecutionId());
    }

    @Override
    public void afterJob() {
        String status = org.yangguang.batch.JobOutcome.of(job);
        legacy.finished(Long.parseLong(importId), status);
        job.setExitStatus(status);
    }
}
