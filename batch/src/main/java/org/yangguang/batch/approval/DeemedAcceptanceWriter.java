package org.yangguang.batch.approval;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.yangguang.approval.OverdueReceipts;

/** Deems a chunk of overdue receipts accepted, in the chunk's transaction. */
@Named
@Dependent
public class DeemedAcceptanceWriter extends AbstractItemWriter {

    @Inject
    OverdueReceipts receipts;

    @Inject
    StepContext step;

    @Override
    public void writeItems(List<Object> items) {
        int done = receipts.deemAccepted(items.stream().map(Long.class::cast).toList());
        Integer before = (Integer) step.getTransientUserData();
        step.setTransientUserData((before == null ? 0 : before) + done);
        step.setExitStatus("DEEMED_ACCEPTED " + step.getTransientUserData());
    }
}
