package org.yangguang.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yangguang.disclosure.DisclosureRequest;
import org.yangguang.disclosure.DisclosureService;
import org.yangguang.disclosure.NewDisclosureRequest;
import org.yangguang.disclosure.RequestAction;
import org.yangguang.disclosure.RequestInput;
import org.yangguang.disclosure.RequestStatus;
import org.yangguang.files.StoredFile;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.InvalidInputException.Problem;
import org.yangguang.shared.PageRequest;
import org.yangguang.shared.SystemText;
import org.yangguang.web.rest.DisclosureViews.Detail;
import org.yangguang.web.rest.DisclosureViews.Item;
import org.yangguang.web.rest.DisclosureViews.ItemList;
import org.yangguang.web.rest.DisclosureViews.Receipt;

/**
 * Disclosure requests for the editors (DISCLOSURE_EDITOR handles them; the office and the
 * supervision office read): the list by urgency, a request with its limits and the actions the
 * caller may take ({@code allowedActions}, from {@link org.yangguang.disclosure.RequestTransitions}),
 * entry of a request that came in person, by post, e-mail or fax, each step up to the reply (one
 * dispatch by the action's name), and the files the reply delivers.
 */
@Path("/v1/disclosure/requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "依申请公开", description = "政府信息公开申请：补正、征求第三方意见、延期、答复")
@SecurityRequirement(name = OpenApiDocument.BASIC)
public class DisclosureResource {

    @Inject
    DisclosureService requests;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "申请列表：未办结的按紧迫程度，其后已答复的")
    public ItemList list(@QueryParam("status") String status, @QueryParam("q") String q, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        List<Problem> errors = new ArrayList<>();
        int pageNo = MatterResource.intParam("page", page, 1, 1, 1_000_000, errors);
        int pageSize = MatterResource.intParam("size", size, 20, 1, PageRequest.MAX_SIZE, errors);
        RequestStatus st = SupervisionResource.enumParam(RequestStatus.class, "status", status, errors);
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        var found = requests.list(st, q == null || q.isBlank() ? null : q.trim(), PageRequest.of(pageNo, pageSize));
        return new ItemList(found.items().stream().map(Item::of).toList(), found.total());
    }

    @GET
    @Path("/{number}")
    @Operation(summary = "一件申请：事件、期限及其计算过程、答复、答复附件，及当前可做的操作 allowedActions")
    public Detail get(@PathParam("number") String number) {
        return detail(requests.get(number));
    }

    @GET
    @Path("/{number}/letter")
    @Operation(summary = "答复告知书（答复后）")
    public org.yangguang.disclosure.ReplyLetter letter(@PathParam("number") String number) {
        return requests.letter(number);
    }

    @POST
    @Operation(summary = "登记当面、邮寄、电子邮件、传真提交的申请（channel、submittedOn，邮寄须 signedForOn，平常信函和传真须 confirmedOn）")
    public Response enter(NewDisclosureRequest form) {
        if (form == null) throw new InvalidInputException(SystemText.of("api.bodyMissing"));
        DisclosureRequest r = requests.enter(form);
        return Response.status(201).entity(Receipt.of(r))
                .location(uri.getBaseUriBuilder().path("v1/disclosure/requests/{number}").build(r.getNumber())).build();
    }

    @POST
    @Path("/{number}/{action}")
    @Operation(summary = "办理（须带 version；当前可做的见 allowedActions）：correction-notice（content, dueOn）| correction（text, on）"
            + " | consult（party）| consulted（party）| extend（days, approver, reason）"
            + " | reply（outcome, text, delivery；部分公开另须 withheld 和 grounds）| fee-notice（method: BY_COUNT|BY_PAGE, pages）"
            + " | fee-paid（on）| remove-file（fileId）| remedy（kind, on, authority）"
            + " | remedy-decided（remedyId, version: 记录的版本, outcome, on, text）")
    public Detail act(@PathParam("number") String number, @PathParam("action") String action, RequestInput input) {
        RequestAction a = RequestAction.fromPath(action);
        if (input == null) throw new InvalidInputException("version", SystemText.of("api.versionMissing"));
        return detail(requests.act(number, a, input));
    }

    @POST
    @Path("/{number}/files")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "上传答复附件（答复前；pdf/doc/docx/xls/xlsx/jpg/png/txt，最大10MB）：fileName、version")
    public Response attach(@PathParam("number") String number, @QueryParam("fileName") String fileName,
            @QueryParam("version") Integer version, byte[] content) {
        if (version == null) throw new InvalidInputException("version", SystemText.of("api.requestVersionMissing"));
        if (fileName == null || fileName.isBlank()) throw new InvalidInputException("fileName", SystemText.of("api.fileNameMissing"));
        DisclosureRequest r = requests.attach(number, version, fileName, content == null ? new byte[0] : content);
        return Response.status(201).entity(detail(r)).build();
    }

    @GET
    @Path("/{number}/files/{file:[0-9]+}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "下载答复附件")
    public Response file(@PathParam("number") String number, @PathParam("file") long file) {
        return download(requests.replyFile(number, file));
    }

    /** A stored file as a download: our content type, never sniffed. */
    static Response download(StoredFile f) {
        return Response.ok(f.getContent(), f.getContentType())
                .header("Content-Disposition", org.yangguang.web.support.Downloads.attachment(f.getFileName()))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    private Detail detail(DisclosureRequest r) {
        return Detail.of(r, requests.departmentName(r.getDepartmentId()), requests.limits(r.getNumber()),
                requests.remedies(r.getNumber()), requests.allowedActions(r.getNumber()), requests.replyFiles(r.getNumber()));
    }
}
