package org.yangguang.batch.approval;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import org.yangguang.approval.OverdueReceipts;

/**
 * Reads the ids of cases overdue for a correction notice, a page at a time. The checkpoint is the
 * last id handed out: a restarted job continues after it.
 */
@Named
@Dependent
public class OverdueReceiptReader extends AbstractItemReader {
    private static final int PAGE = 500;

    @Inject
    OverdueReceipts receipts;

    private long lastId;
    private final Deque<Long> page = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0 : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty()) {
            page.addAll(receipts.idsAfter(lastId, PAGE));
            if (page.isEmpty()) return null;
        }
        lastId = page.removeFirst();
        return lastId;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
