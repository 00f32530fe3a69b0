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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yangguang.interaction.letter.Letter;
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
}
