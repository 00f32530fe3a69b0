package org.yangguang.batch.calendar;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The recompute's second step: the open disclosure requests on the new calendar. */
@Named
@Dependent
public class RecomputeRequestsBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String recomputeId;

    @Inject
    CalendarJobs jobs;

    @Override
    public String process() {
        jobs.recomputeRequests(Long.parseLong(recomputeId));
        return "COMPLETED";
    }
}
