package org.yangguang.batch.supervision;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Hands out the partition's case ids a range at a time ({@code rangeSize} ids, not rows). The
 * checkpoint is the first id not yet done: a restarted partition goes on from there.
 */
@Named
@Dependent
public class CaseRangeReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String from;

    @Inject
    @BatchProperty
    String to;

    @Inject
    @BatchProperty
    String rangeSize;

    private long next;
    private long last;
    private long size;

    @Override
    public void open(Serializable checkpoint) {
        last = Long.parseLong(to);
        size = Long.parseLong(rangeSize);
        next = checkpoint == null ? Long.parseLong(from) : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (next > last) return null;
        long end = Math.min(last, next + size - 1);
        long[] range = {next, end};
        next = end + 1;
        return range;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
