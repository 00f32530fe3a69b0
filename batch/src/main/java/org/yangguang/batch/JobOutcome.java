package org.yangguang.batch;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;

/** How a job ended, as its listener's afterJob sees it. */
public final class JobOutcome {
    private JobOutcome() {}

    /** The job's own status turns COMPLETED only after its listeners have run: still running means it completed. */
    public static String of(JobContext job) {
        BatchStatus s = job.getBatchStatus();
        return s == BatchStatus.STARTED || s == BatchStatus.STARTING ? BatchStatus.COMPLETED.name() : s.name();
    }
}
