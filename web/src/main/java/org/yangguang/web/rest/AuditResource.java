package org.yangguang.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yangguang.audit.AuditChain;

/** The audit trail's integrity, for the office and the supervision office. */
@Path("/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "操作日志", description = "审计日志的哈希链校验")
@SecurityRequirement(name = OpenApiDocument.BASIC)
public class AuditResource {

    @Inject
    AuditChain chain;

    @GET
    @Path("/verify")
    @Operation(summary = "校验审计日志的哈希链：完整，或第一处被改动、删除的记录（政务公开办、监察机关）")
    public AuditChain.Verification verify() {
        return chain.verify();
    }
}
