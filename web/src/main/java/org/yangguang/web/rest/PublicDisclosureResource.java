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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yangguang.disclosure.DisclosureRequest;
import org.yangguang.disclosure.DisclosureService;
import org.yangguang.disclosure.NewDisclosureRequest;
import org.yangguang.disclosure.PublicRequestView;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.SystemText;
import org.yangguang.web.rest.DisclosureViews.PublicCorrection;
import org.yangguang.web.rest.DisclosureViews.Receipt;

/**
 * The public side of disclosure requests: apply online (received the same day), follow the request
 * with its number and query code, send the correction asked for, and download the reply's files
 * when it is delivered online. Throttled per address (and
 * per request) by {@link org.yangguang.web.security.PublicApiThrottle}.
 */
@Path("/v1/public/disclosure-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "政府信息公开申请（公众）", description = "网上提交申请，凭申请编号和查询码查询、补正")
public class PublicDisclosureResource {

    @Inject
    DisclosureService requests;

    @POST
    @Operation(summary = "网上提交政府信息公开申请；201：申请编号、查询码、答复期限")
    public Response submit(NewDisclosureRequest form) {
        if (form == null) throw new InvalidInputException(SystemText.of("api.bodyMissing"));
        DisclosureRequest r = requests.submit(form);
        return Response.status(201).entity(Receipt.of(r)).build();
    }

    @GET
    @Path("/{number}")
    @Operation(summary = "查询申请办理情况（凭查询码）")
    public PublicRequestView track(@PathParam("number") String number, @QueryParam("queryCode") String queryCode) {
        if (queryCode == null || queryCode.isBlank()) throw new InvalidInputException("queryCode", SystemText.of("api.queryCodeMissing"));
        return requests.track(number, queryCode);
    }

    @GET
    @Path("/{number}/letter")
    @Operation(summary = "答复告知书（凭查询码；答复后）")
    public org.yangguang.disclosure.ReplyLetter letter(@PathParam("number") String number, @QueryParam("queryCode") String queryCode) {
        if (queryCode == null || queryCode.isBlank()) throw new InvalidInputException("queryCode", SystemText.of("api.queryCodeMissing"));
        return requests.letter(number, queryCode);
    }

    @GET
    @Path("/{number}/files/{file:[0-9]+}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "下载答复附件（凭查询码；答复且以网上获取方式送达后）")
    public Response file(@PathParam("number") String number, @PathParam("file") long file, @QueryParam("queryCode") String queryCode) {
        if (queryCode == null || queryCode.isBlank()) throw new InvalidInputException("queryCode", SystemText.of("api.queryCodeMissing"));
        return DisclosureResource.download(requests.replyFile(number, queryCode, file));
    }

    @POST
    @Path("/{number}/correction")
    @Operation(summary = "提交补正（凭查询码）；答复期限自收到补正之日起重新计算")
    public PublicRequestView correct(@PathParam("number") String number, PublicCorrection c) {
        if (c == null || c.queryCode() == null || c.queryCode().isBlank()) {
            throw new InvalidInputException("queryCode", SystemText.of("api.queryCodeMissing"));
        }
        return requests.correct(number, c.queryCode(), c.text());
    }
}
