package org.yangguang.batch.calendar;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.yangguang.approval.CaseDeadlineRecomputer;
import org.yangguang.batch.IdPageReader;

/** The ids of the open cases, 1,000 at a time. */
@Named
@Dependent
public class RecomputeCaseReader extends IdPageReader {

    @Inject
    CaseDeadlineRecomputer cases;

    @Override
    protected List<Long> idsAfter(long lastId, int max) {
        return cases.openCaseIdsAfter(lastId, max);
    }

    @Override
    protected int pageSize() {
        return 1000;
    }
}
