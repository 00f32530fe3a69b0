package org.yangguang.batch.supervision;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.yangguang.supervision.EvaluationRuns;
import org.yangguang.supervision.OverdueEvaluation;

/**
 * Evaluates each range set-based in the chunk's transaction: the findings, the cases' supervision
 * status and the run's progress commit together, or not at all.
 */
@Named
@Dependent
public class CaseRangeWriter extends AbstractItemWriter {
    /** Test-only switch (off unless the server runs with -Dyangguang.faultInjection=true). */
    static final String FAULT_INJECTION = "yangguang.faultInjection";

    @Inject
    @BatchProperty
    String runId;

    /** With fault injection on: fail the chunk once this many ranges are done (0: never). */
    @Inject
    @BatchProperty
    String failAtRange;

    /** With fault injection on: milliseconds to linger on each range, so a test can catch a run going. */
    @Inject
    @BatchProperty
    String delayPerRange;

    @Inject
    OverdueEvaluation evaluation;

    @Inject
    EvaluationRuns runs;

    @Override
    public void writeItems(List<Object> items) {
        long run = Long.parseLong(runId);
        for (Object item : items) {
            long[] range = (long[]) item;
            injectDelay(); // before the statements: a lingering test run holds no locks
            try {
                evaluation.evaluateRange(run, range[0], range[1]);
            } catch (RuntimeException e) {
                if (TransientRangeFailure.isTransient(e)) throw new TransientRangeFailure(e);
                throw e;
            }
            injectFailure(run);
        }
    }

    private void injectDelay() {
        if (!Boolean.getBoolean(FAULT_INJECTION) || delayPerRange == null || delayPerRange.isBlank()) return;
        try {
            Thread.sleep(Math.min(10_000, Long.parseLong(delayPerRange)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Fails after the range's statements ran, before the chunk commits: they roll back with it. */
    private void injectFailure(long run) {
        if (!Boolean.getBoolean(FAULT_INJECTION) || failAtRange == null || failAtRange.isBlank()) return;
        int at = Integer.parseInt(failAtRange);
        if (at > 0 && runs.find(run).getRangesDone() >= at) {
            throw new IllegalStateException("Injected failure after " + at + " ranges (test switch)");
        }
    }
}
