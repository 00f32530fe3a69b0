package org.yangguang.web.supervision;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.yangguang.batch.supervision.SupervisionJobs;
import org.yangguang.supervision.EvaluationRun;
import org.yangguang.web.support.Faces;

/**
 * The nightly evaluation as the supervision office sees it: run it now for a date, follow its
 * progress (ranges, partitions, cases, findings), the history of runs, restart a failed one.
 */
@Named
@ViewScoped
public class EvaluationJobsBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    SupervisionJobs jobs;

    @Inject
    Clock clock;

    private LocalDate asOf;
    private List<EvaluationRun> runs = List.of();
    private SupervisionJobs.ExecutionView selected;

    public void load() {
        if (asOf == null) asOf = LocalDate.now(clock);
        refresh();
    }

    public void refresh() {
        runs = jobs.history(30);
        if (selected != null) select(selected.executionId());
    }

    public void start() {
        SupervisionJobs.Started s = Faces.attempt(() -> jobs.start(new SupervisionJobs.StartRequest(asOf, null, null, null, null)));
        if (s != null) {
            Faces.info(Faces.text("evaluation.started", s.asOf(), s.executionId()));
            select(s.executionId());
            refresh();
        }
    }

    public void restart(long executionId) {
        SupervisionJobs.Started s = Faces.attempt(() -> jobs.restart(executionId));
        if (s != null) {
            Faces.info(Faces.text("evaluation.restarted", s.asOf(), s.executionId()));
            select(s.executionId());
            refresh();
        }
    }

    public void select(long executionId) {
        selected = Faces.attempt(() -> jobs.execution(executionId));
    }

    /** Whether anything is still running: the page polls while so. */
    public boolean isRunning() {
        return runs.stream().anyMatch(r -> r.isRunning() && !r.isStale(clock.instant()));
    }

    public boolean mayRestart(EvaluationRun r) {
        if (r.getExecutionId() == null) return false;
        return r.isStale(clock.instant())
                || !r.isRunning() && ("FAILED".equals(r.getStatus()) || "STOPPED".equals(r.getStatus()));
    }

    public org.primefaces.model.StreamedContent getExport() {
        return org.yangguang.web.support.Exports.xlsx("监察评估运行记录.xlsx", "运行记录", List.of("评估日期", "发起方式", "发起人",
                "开始时间", "结束时间", "状态", "区段", "区段总数", "分区", "评估办件", "签发监察单"), () -> runs.stream()
                .map(r -> java.util.Arrays.<Object>asList(r.getAsOf(), r.getStartedHow(), r.getStartedBy(),
                        String.valueOf(r.getStartedAt()), r.getFinishedAt() == null ? null : String.valueOf(r.getFinishedAt()),
                        r.getStatus(), r.getRangesDone(), r.getRangesTotal(), r.getPartitions(), r.getCasesEvaluated(),
                        r.getFindingsIssued())).toList());
    }

    public LocalDate getAsOf() { return asOf; }
    public void setAsOf(LocalDate asOf) { this.asOf = asOf; }
    public List<EvaluationRun> getRuns() { return runs; }
    public SupervisionJobs.ExecutionView getSelected() { return selected; }
}
