package org.yangguang.batch.approval;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.yangguang.approval.LegacyImport;

/** The upload's non-blank lines in order; the checkpoint is how many were handed out. */
@Named
@Dependent
public class LegacyLineReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String importId;

    @Inject
    LegacyImport legacy;

    private List<LegacyImport.Line> lines;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        lines = legacy.lines(Long.parseLong(importId));
        next = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        return next < lines.size() ? lines.get(next++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
