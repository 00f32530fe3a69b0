package org.yangguang.batch.supervision;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.yangguang.supervision.OverdueEvaluation;

/** The evaluation's first and last steps. */
public final class EvaluationBatchlets {
    private EvaluationBatchlets() {}

    /** Freezes the rules and calendar of the run and prepares the day distances. */
    @Named("evaluationPrepareBatchlet")
    @Dependent
    public static class Prepare extends AbstractBatchlet {
        @Inject
        @BatchProperty
        String runId;

        @Inject
        OverdueEvaluation evaluation;

        @Override
        public String process() {
            evaluation.prepare(Long.parseLong(runId));
            return "PREPARED";
        }
    }

    /** The department-wide rules: unanswered cards, a third yellow card in a month. */
    @Named("evaluationDepartmentsBatchlet")
    @Dependent
    public static class Departments extends AbstractBatchlet {
        @Inject
        @BatchProperty
        String runId;

        @Inject
        OverdueEvaluation evaluation;

        @Inject
        StepContext step;

        @Override
        public String process() {
            int n = evaluation.departmentFindings(Long.parseLong(runId));
            step.setExitStatus("DEPARTMENT_FINDINGS " + n);
            return "DONE";
        }
    }
}
