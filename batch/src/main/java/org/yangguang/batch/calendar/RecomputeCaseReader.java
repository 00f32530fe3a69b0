package org.yangguang.batch.calendar;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import org.yangguang.approval.CaseDeadlineRecomputer;

/** The ids of the open cases, a page at a time; the checkpoint is the last id handed out. */
@Named
@Dependent
public class RecomputeCaseReader extends AbstractItemReader {
    private static final int PAGE = 1000;

    @Inject
    CaseDeadlineRecomputer cases;

    private long lastId;
    private final Deque<Long> page = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0 : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty()) {
            page.addAll(cases.openCaseIdsAfter(lastId, PAGE));
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
