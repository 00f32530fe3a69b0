package org.yangguang.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yangguang.batch.NightlyScheduler;

/** The nightly jobs: run one now and follow its progress (Jakarta Batch, restartable). */
@Path("/v1/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "批处理作业", description = "夜间作业：catalog-activation、deemed-acceptance")
@SecurityRequirement(name = "basic")
public class JobResource {

    @Inject
    NightlyScheduler scheduler;

    public record Execution(long executionId, String job, String status, String exitStatus) {}

    @POST
    @Path("/{name}")
    @Operation(summary = "立即运行一个夜间作业（政务公开办）")
    public Response run(@PathParam("name") String name) {
        long id = scheduler.run(name);
        return Response.accepted(status(id)).build();
    }

    @GET
    @Path("/executions/{id}")
    @Operation(summary = "作业执行状态")
    public Execution status(@PathParam("id") long id) {
        String[] s = scheduler.status(id);
        return new Execution(id, s[0], s[1], s[2]);
    }
}
