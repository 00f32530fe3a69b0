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
import org.yangguang.interaction.rating.RatingSubject;
import org.yangguang.interaction.rating.RatingView;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.SystemText;
import org.yangguang.web.security.PublicLimits;

/**
 * 好差评: the applicant rates a service event of a case with its receipt number and query code, or
 * the answer to a disclosure request, a complaint or a letter ({@code subject}) with that subject's
 * own number, in the same field {@code receiptNumber}, and query code. The number is in the body,
 * not the path, so the resource counts the attempt itself with the lookups of that number and kind
 * ({@link PublicLimits}): rating cannot be used to guess query codes faster than tracking.
 */
@Path("/v1/public/ratings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "好差评（公众）", description = "申请人凭受理编号和查询码评价办件的受理、办结环节，每个环节评价一次；"
        + "政府信息公开申请的答复、投诉的处理结果、来信的答复凭各自的编号和查询码评价一次")
public class PublicRatingResource {

    @Inject
    RatingService ratings;

    @Inject
    PublicLimits limits;

    @Context
    HttpServletRequest request;

    @POST
    @Operation(summary = "评价办件的一个服务环节（受理 ACCEPTANCE 或办结 CONCLUSION），或一项答复；201：评价；"
            + "400：输入无效或编号、查询码不正确；409：该环节尚未发生或已评价；429：请求过于频繁",
            description = "subject（可选）：CASE（默认，办件）、DISCLOSURE_REQUEST（政府信息公开申请的答复）、"
                    + "COMPLAINT（投诉的处理结果：答复或不予受理）、LETTER（来信的答复）。receiptNumber 填所评对象自己的编号："
                    + "办件的受理编号、申请编号、投诉编号或来信编号；queryCode 为该对象的查询码。"
                    + "答复、处理结果只有办结环节：event 为 CONCLUSION。不满意、非常不满意同样进入差评整改，由负责的部门整改")
    @APIResponse(responseCode = "201", description = "评价已记录")
    public Response rate(NewRating rating) {
        if (rating == null) throw new InvalidInputException(SystemText.of("api.bodyMissing"));
        long wait = limits.lookup(request.getRemoteAddr(), kind(rating.subjectOrCase()),
                rating.getReceiptNumber() == null ? "" : rating.getReceiptNumber());
        if (wait > 0) {
            return Response.fromResponse(Problems.response(429, "请求过于频繁", "请求过于频繁，请 " + wait + " 秒后再试"))
                    .header("Retry-After", String.valueOf(wait)).build();
        }
        return Response.status(201).entity(RatingView.of(ratings.rateOnline(rating))).build();
    }

    /** A rating is one more lookup of the subject's number, counted with that subject's tracking. */
    public static PublicLimits.Kind kind(RatingSubject subject) {
        return switch (subject) {
            case CASE -> PublicLimits.Kind.CASE;
            case DISCLOSURE_REQUEST -> PublicLimits.Kind.DISCLOSURE_REQUEST;
            case COMPLAINT -> PublicLimits.Kind.COMPLAINT;
            case LETTER -> PublicLimits.Kind.LETTER;
        };
    }
}
