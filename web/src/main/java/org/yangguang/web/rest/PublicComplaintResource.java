package org.yangguang.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.SystemText;
import org.yangguang.supervision.ComplaintService;
import org.yangguang.supervision.PublicComplaintView;

/** The public follows a complaint with its number and query code, as for a case. */
@Path("/v1/public/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "投诉查询", description = "公众凭投诉编号和查询码查询投诉处理情况")
public class PublicComplaintResource {

    @Inject
    ComplaintService complaints;

    @GET
    @Path("/{number}")
    @Operation(summary = "查询投诉处理情况（凭查询码）")
    public PublicComplaintView track(@PathParam("number") String number, @QueryParam("queryCode") String queryCode) {
        if (queryCode == null || queryCode.isBlank()) throw new InvalidInputException("queryCode", SystemText.of("api.queryCodeMissing"));
        return complaints.track(number, queryCode);
    }
}
