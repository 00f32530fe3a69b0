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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yangguang.interaction.letter.Letter;
import org.yangguang.interaction.letter.LetterAttachment;
import org.yangguang.interaction.letter.LetterService;
import org.yangguang.interaction.letter.NewLetter;
import org.yangguang.interaction.letter.PublicLetterView;
import org.yangguang.interaction.letter.PublishedLetter;
import org.yangguang.shared.InvalidInputException.Problem;
import org.yangguang.shared.PageRequest;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.SystemText;

/**
 * The mailbox (政民互动) for the public: write a letter to the county head's mailbox
 * ({@code COUNTY_HEAD}) or a department's (its code), and track it with its number and query
 * code; read the published answers. Throttled per address (and per letter) by {@link org.yangguang.web.security.PublicApiThrottle}.
 */
@Path("/v1/public/letters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "政民互动（公众）", description = "向县长信箱或部门信箱写信，凭来信编号和查询码查询")
public class PublicLetterResource {

    @Inject
    LetterService letters;

    /** What the writer keeps: the number and the query code to track the letter with. */
    public record Receipt(String number, String queryCode, LocalDate receivedOn) {
        static Receipt of(Letter l) {
            return new Receipt(l.getNumber(), l.getQueryCode(), l.getReceivedOn());
        }
    }

    public record PublishedList(List<PublishedLetter> items, long total) {}

    @GET
    @Operation(summary = "公开的来信答复（经审核，不含个人信息），最新在前；q：空格分隔的词须都出现在标题、来信或答复中")
    public PublishedList published(@QueryParam("q") String q, @QueryParam("page") String page, @QueryParam("size") String size) {
        List<Problem> errors = new ArrayList<>();
        int pageNo = MatterResource.intParam("page", page, 1, 1, 1_000_000, errors);
        int pageSize = MatterResource.intParam("size", size, 20, 1, PageRequest.MAX_SIZE, errors);
        if (q != null && q.length() > 100) errors.add(new Problem("q", SystemText.of("api.queryTooLongPublic")));
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        var found = letters.published(q, PageRequest.of(pageNo, pageSize));
        return new PublishedList(found.items(), found.total());
    }

    @POST
    @Operation(summary = "写信（mailbox：COUNTY_HEAD 或部门编码；category：CONSULTATION、SUGGESTION、COMPLAINT、REPORT、OTHER）；201：来信编号、查询码")
    public Response write(NewLetter form) {
        if (form == null) throw new InvalidInputException(SystemText.of("api.bodyMissing"));
        return Response.status(201).entity(Receipt.of(letters.write(form))).build();
    }

    @GET
    @Path("/{number}")
    @Operation(summary = "查询来信办理情况（凭查询码）")
    public PublicLetterView track(@PathParam("number") String number, @QueryParam("queryCode") String queryCode) {
        if (queryCode == null || queryCode.isBlank()) throw new InvalidInputException("queryCode", SystemText.of("api.queryCodeMissing"));
        return letters.track(number, queryCode);
    }

    // --- attachments (来信附件) ---

    @POST
    @Path("/{number}/attachments")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "为来信添加附件（凭查询码；请求体为文件内容，fileName 为文件名；来信分办前可添加，最多 5 个；"
            + "类型和大小限制同其他上传：PDF、Word、Excel、图片、文本，不超过 10 MB）；201：来信的附件列表；"
            + "400：文件类型、大小或名称不符；404：来信编号或查询码不正确；409：已开始办理或附件已满；附件不随答复公开")
    @APIResponse(responseCode = "201", description = "附件已添加")
    public Response attach(@PathParam("number") String number, @QueryParam("queryCode") String queryCode,
            @QueryParam("fileName") String fileName, byte[] content) {
        if (queryCode == null || queryCode.isBlank()) throw new InvalidInputException("queryCode", SystemText.of("api.queryCodeMissing"));
        return Response.status(201).entity(new Attachments(letters.attach(number, queryCode, fileName, content == null ? new byte[0] : content)))
                .build();
    }

    /** The letter's attachments after the one added, in the writer's order. */
    public record Attachments(List<LetterAttachment> attachments) {}
}
