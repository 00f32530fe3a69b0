package org.yangguang.batch.disclosure;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import org.yangguang.disclosure.AnnualReports;

/**
 * In January, the drafts of last year's annual reports (the county's and each agency's with
 * disclosure work), for the office to complete and publish by 31 January. Idempotent.
 */
@Named
@Dependent
public class DraftAnnualReportsBatchlet extends AbstractBatchlet {

    @Inject
    AnnualReports reports;

    @Inject
    Clock clock;

    @Override
    public String process() {
        LocalDate today = LocalDate.now(clock);
        int drafted = today.getMonth() == Month.JANUARY ? reports.draftPreviousYear(today) : 0;
        return "DRAFTED " + drafted; // a batchlet's return value is its step's exit status
    }
}
