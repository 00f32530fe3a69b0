package org.yangguang.batch.supervision;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.AbstractPartitionAnalyzer;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.yangguang.supervision.EvaluationRuns;

/** Counts the partitions done, for the progress shown in the UI. */
@Named
@Dependent
public class EvaluationPartitionAnalyzer extends AbstractPartitionAnalyzer {

    @Inject
    @BatchProperty
    String runId;

    @Inject
    EvaluationRuns runs;

    @Override
    public void analyzeStatus(BatchStatus status, String exitStatus) {
        if (status == BatchStatus.COMPLETED) runs.partitionDone(Long.parseLong(runId));
    }
}
