package org.yangguang.batch.supervision;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.yangguang.supervision.InteractionSupervision;

/**
 * The evaluation's interaction step, after the disclosure step and before the departments (whose
 * third yellow card of a month counts these cards too): the rectifications of bad ratings and the
 * letters judged on the run's date, rules and calendar, in one transaction.
 */
@Named("evaluationInteractionBatchlet")
@Dependent
public class InteractionBatchlet extends AbstractBatchlet {
    @Inject
    @BatchProperty
    String runId;

    @Inject
    InteractionSupervision supervision;

    @Override
    public String process() {
        int n = supervision.evaluate(Long.parseLong(runId));
        return "INTERACTION_FINDINGS " + n; // a batchlet's return value is its step's exit status
    }
}
