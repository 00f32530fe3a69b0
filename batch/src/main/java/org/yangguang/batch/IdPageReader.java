package org.yangguang.batch;

import jakarta.batch.api.chunk.AbstractItemReader;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Reads ids in ascending order, a page at a time. The checkpoint is the last id handed out: a
 * restarted job continues after it.
 */
public abstract class IdPageReader extends AbstractItemReader {
    private long lastId;
    private final Deque<Long> page = new ArrayDeque<>();

    /** The next ids after {@code lastId}, ascending, at most {@code max}. */
    protected abstract List<Long> idsAfter(long lastId, int max);

    protected abstract int pageSize();

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0 : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty()) {
            page.addAll(idsAfter(lastId, pageSize()));
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
