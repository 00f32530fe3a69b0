package org.yangguang.batch.supervision;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.yangguang.supervision.DisclosureSupervision;

/**
 * The evaluation's disclosure step, after the cases and before the departments (whose third yellow
 * card of a month counts the disclosure cards too): the disclosure requests, proactive items and
 * annual reports judged on the run's date, rules and calendar, in one transaction.
 */
@Named("evaluationDisclosureBatchlet")
@Dependent
public class DisclosureBatchlet extends AbstractBatchlet {
    @Inject
    @BatchProperty
    String runId;

    @Inject
    DisclosureSupervision supervision;

    @Override
    public String process() {
        int n = supervision.evaluate(Long.parseLong(runId));
        return "DISCLOSURE_FINDINGS " + n; // a batchlet's return value is its step's exit status
    }
}
