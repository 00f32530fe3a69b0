package org.yangguang.batch.approval;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.yangguang.approval.LegacyImport;

/** Replays a chunk of lines (each in its own transaction) and counts them with the checkpoint. */
@Named
@Dependent
public class LegacyLineWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String importId;

    @Inject
    LegacyImport legacy;

    @Override
    public void writeItems(List<Object> items) {
        legacy.replay(Long.parseLong(importId), items.stream().map(LegacyImport.Line.class::cast).toList());
    }
}
