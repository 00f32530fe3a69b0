package org.yangguang.batch.supervision;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;
import org.yangguang.supervision.OverdueEvaluation;

/**
 * Splits the case ids into one partition per worker (default: the cores), each a run of whole
 * id ranges. The plan is fixed in the run at the first execution, so a restart resumes the same
 * partitions from their checkpoints even if cases arrived meanwhile.
 */
@Named
@Dependent
public class EvaluationPartitionMapper implements PartitionMapper {

    @Inject
    @BatchProperty
    String runId;

    @Inject
    @BatchProperty
    String partitions;

    @Inject
    OverdueEvaluation evaluation;

    @Override
    public PartitionPlan mapPartitions() {
        int wanted = partitions == null || partitions.isBlank() ? Runtime.getRuntime().availableProcessors()
                : Integer.parseInt(partitions);
        OverdueEvaluation.Plan plan = evaluation.plan(Long.parseLong(runId), wanted);
        PartitionPlanImpl p = new PartitionPlanImpl();
        p.setPartitions(plan.partitions());
        p.setThreads(plan.partitions());
        Properties[] props = new Properties[plan.partitions()];
        for (int i = 0; i < plan.partitions(); i++) {
            long[] ids = plan.partition(i);
            props[i] = new Properties();
            props[i].setProperty("from", String.valueOf(ids[0]));
            props[i].setProperty("to", String.valueOf(ids[1]));
            props[i].setProperty("rangeSize", String.valueOf(plan.rangeSize()));
        }
        p.setPartitionProperties(props);
        return p;
    }
}
