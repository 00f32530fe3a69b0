package org.yangguang.web.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yangguang.interaction.rating.NewRating;
import org.yangguang.interaction.rating.RatingService;
import org.yangguang.interaction.rating.RatingView;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.SystemText;
import org.yangguang.web.security.PublicLimits;

/**
 * 好差评: the applicant rates a service event of a case with its receipt number and query code.
 * The number is in the body, not the path, so the resource counts the attempt itself with the
 * lookups of that number ({@link PublicLimits}): rating cannot be used to guess query codes faster
 * than tracking.
 */
@Path("/v1/public/ratings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "好差评（公众）", description = "申请人凭受理编号和查询码评价办件的受理、办结环节，每个环节评价一次")
public class PublicRatingResource {

    @Inject
    RatingService ratings;

    @Inject
    PublicLimits limits;

    @Context
    HttpServletRequest request;

    @POST
    @Operation(summary = "评价办件的一个服务环节（受理 ACCEPTANCE 或办结 CONCLUSION）；201：评价；"
            + "400：输入无效或受理编号、查询码不正确；409：该环节尚未发生或已评价；429：请求过于频繁")
    @APIResponse(responseCode = "201", description = "评价已记录")
    public Response rate(NewRating rating) {
        if (rating == null) throw new InvalidInputException(SystemText.of("api.bodyMissing"));
        long wait = limits.lookup(request.getRemoteAddr(), PublicLimits.Kind.CASE,
                rating.getReceiptNumber() == null ? "" : rating.getReceiptNumber());
        if (wait > 0) {
            return Response.fromResponse(Problems.response(429, "请求过于频繁", "请求过于频繁，请 " + wait + " 秒后再试"))
                    .header("Retry-After", String.valueOf(wait)).build();
        }
        return Response.status(201).entity(RatingView.of(ratings.rateOnline(rating))).build();
    }
}
