package org.yangguang.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yangguang.batch.NightlyScheduler;
import org.yangguang.batch.disclosure.PublicationJobs;
import org.yangguang.batch.supervision.SupervisionJobs;
import org.yangguang.supervision.EvaluationRun;

/** The nightly jobs: run one now and follow its progress (Jakarta Batch, restartable). */
@Path("/v1/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "批处理作业", description = "夜间作业：overdue-evaluation（电子监察）、disclosure-publication（发布包）、catalog-activation、"
        + "deemed-acceptance、disclosure-lapses")
@SecurityRequirement(name = OpenApiDocument.BASIC)
public class JobResource {

    @Inject
    NightlyScheduler scheduler;

    @Inject
    SupervisionJobs supervision;

    @Inject
    PublicationJobs publication;

    /** {@code progress} for the evaluation, {@code publication} for the publication job. */
    public record Execution(long executionId, String job, String status, String exitStatus,
            SupervisionJobs.Progress progress, PublicationJobs.Progress publication, List<SupervisionJobs.StepView> steps) {}

    public record Started(long executionId, long runId, String asOf) {}

    @POST
    @Path("/overdue-evaluation")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "立即运行电子监察评估（监察机关、政务公开办）：可选 {\"asOf\":\"YYYY-MM-DD\"}，默认今天；"
            + "同一日期的评估正在运行时返回 409")
    public Response evaluate(SupervisionJobs.StartRequest request) {
        SupervisionJobs.Started s = supervision.start(request);
        return Response.accepted(new Started(s.executionId(), s.runId(), s.asOf().toString())).build();
    }

    @GET
    @Path("/overdue-evaluation/runs")
    @Operation(summary = "电子监察评估的运行记录（进度、办件数、监察单数）")
    public List<EvaluationRun> runs(@QueryParam("max") Integer max) {
        return supervision.history(max == null ? 20 : max);
    }

    @POST
    @Path("/disclosure-publication")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "立即生成政府信息公开发布包（政务公开办、信息公开编辑）；正在生成时返回 409；进度见 executions/{id}")
    public Response publish(PublicationJobs.StartRequest request) {
        return Response.accepted(status(publication.start(request))).build();
    }

    @GET
    @Path("/disclosure-publication/bundle")
    @Operation(summary = "发布包目录：各版本、当前发布的版本及其按清单（SHA-256）校验的结果")
    public PublicationJobs.BundleStatus bundle() {
        return publication.bundle();
    }

    @GET
    @Path("/disclosure-publication/executions")
    @Operation(summary = "发布作业最近的执行")
    public List<Execution> publications(@QueryParam("max") Integer max) {
        return publication.recent(max == null ? 10 : Math.min(Math.max(max, 1), 100)).stream().map(this::status).toList();
    }

    @POST
    @Path("/{name}")
    @Operation(summary = "立即运行一个夜间作业（政务公开办）")
    public Response run(@PathParam("name") String name) {
        long id = scheduler.run(name);
        return Response.accepted(status(id)).build();
    }

    @GET
    @Path("/executions/{id}")
    @Operation(summary = "作业执行状态、进度和各步骤指标")
    public Execution status(@PathParam("id") long id) {
        SupervisionJobs.ExecutionView e = supervision.execution(id);
        return new Execution(e.executionId(), e.job(), e.status(), e.exitStatus(), e.progress(),
                PublicationJobs.JOB.equals(e.job()) ? publication.progress(id).orElse(null) : null, e.steps());
    }

    @POST
    @Path("/executions/{id}/restart")
    @Operation(summary = "重启失败（或因宕机中断）的电子监察评估或发布作业，从检查点继续")
    public Response restart(@PathParam("id") long id) {
        if (PublicationJobs.JOB.equals(supervision.execution(id).job())) {
            return Response.accepted(status(publication.restart(id))).build();
        }
        SupervisionJobs.Started s = supervision.restart(id);
        return Response.accepted(new Started(s.executionId(), s.runId(), s.asOf().toString())).build();
    }
}
