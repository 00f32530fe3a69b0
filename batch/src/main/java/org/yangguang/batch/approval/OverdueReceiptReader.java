package org.yangguang.batch.approval;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.yangguang.approval.OverdueReceipts;
import org.yangguang.batch.IdPageReader;

/** Reads the ids of cases overdue for a correction notice, 500 at a time. */
@Named
@Dependent
public class OverdueReceiptReader extends IdPageReader {

    @Inject
    OverdueReceipts receipts;

    @Override
    protected List<Long> idsAfter(long lastId, int max) {
        return receipts.idsAfter(lastId, max);
    }

    @Override
    protected int pageSize() {
        return 500;
    }
}
