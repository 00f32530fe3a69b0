package org.yangguang.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yangguang.disclosure.DisclosureItem;
import org.yangguang.disclosure.ItemAction;
import org.yangguang.disclosure.ItemForm;
import org.yangguang.disclosure.ItemRow;
import org.yangguang.disclosure.ItemStatus;
import org.yangguang.disclosure.ProactiveItems;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.InvalidInputException.Problem;
import org.yangguang.shared.PageRequest;
import org.yangguang.shared.SystemText;

/**
 * Proactive disclosure for the staff: editors draft and submit items, reviewers approve (with an
 * opinion) or return them (保密审查, never their own), a published item is withdrawn with a reason
 * or repealed. Each item lists the actions the caller may take ({@code allowedActions}, from
 * {@link org.yangguang.disclosure.ItemTransitions}); a posted action is dispatched by its name.
 */
@Path("/v1/disclosure/items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "主动公开", description = "公开信息的起草、保密审查、发布、撤回和废止")
@SecurityRequirement(name = OpenApiDocument.BASIC)
public class DisclosureItemResource {

    @Inject
    ProactiveItems items;

    @Context
    UriInfo uri;

    public record ItemList(List<ItemRow> items, long total) {}

    public record Detail(long id, int version, String title, String documentNumber, String categoryCode, String agency,
            LocalDate formedOn, LocalDate publishDue, String status, String validity, LocalDate validityChangedOn, Long supersedes,
            Long supersededBy, String body, String createdBy, String submittedBy, String reviewedBy, Instant reviewedAt,
            String reviewNote, LocalDate publishedOn, String withdrawnBy, String withdrawReason, List<Long> attachments,
            List<String> allowedActions) {
        static Detail of(DisclosureItem i, String agency, List<ItemAction> allowed) {
            return new Detail(i.getId(), i.getVersion(), i.getTitle(), i.getDocumentNumber(), i.getCategory().getCode(), agency,
                    i.getFormedOn(), i.getPublishDue(), i.getStatus().name(), i.getValidity().name(), i.getValidityChangedOn(),
                    i.getSupersedesId(), i.getSupersededById(), i.getBody(), i.getCreatedBy(), i.getSubmittedBy(), i.getReviewedBy(),
                    i.getReviewedAt(), i.getReviewNote(), i.getPublishedOn(), i.getWithdrawnBy(), i.getWithdrawReason(),
                    i.getAttachmentIds(), allowed.stream().map(ItemAction::path).toList());
        }
    }

    @GET
    @Operation(summary = "公开信息列表：待发布的按公开期限在前，其后最新的；status、category、q 筛选")
    public ItemList list(@QueryParam("status") String status, @QueryParam("category") String category, @QueryParam("q") String q,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        List<Problem> errors = new ArrayList<>();
        int pageNo = MatterResource.intParam("page", page, 1, 1, 1_000_000, errors);
        int pageSize = MatterResource.intParam("size", size, 20, 1, PageRequest.MAX_SIZE, errors);
        ItemStatus st = SupervisionResource.enumParam(ItemStatus.class, "status", status, errors);
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        var found = items.list(st, category, q, PageRequest.of(pageNo, pageSize));
        return new ItemList(found.items(), found.total());
    }

    @GET
    @Path("/{id:[0-9]+}")
    @Operation(summary = "一条公开信息（含审查记录），及当前可做的操作 allowedActions")
    public Detail get(@PathParam("id") long id) {
        return detail(items.get(id));
    }

    @POST
    @Operation(summary = "起草公开信息（categoryCode、departmentCode、title、documentNumber、formedOn、body（HTML，保存时净化）、supersedesId）→ 201")
    public Response create(ItemForm form) {
        if (form == null) throw new InvalidInputException(SystemText.of("api.bodyMissing"));
        DisclosureItem i = items.create(form);
        return Response.status(201).entity(detail(i)).location(uri.getBaseUriBuilder().path("v1/disclosure/items/{id}").build(i.getId())).build();
    }

    public record Update(Integer version, ItemForm item) {}

    @PUT
    @Path("/{id:[0-9]+}")
    @Operation(summary = "修改草稿或被退回的信息（version 与 item）")
    public Detail update(@PathParam("id") long id, Update u) {
        if (u == null || u.version() == null || u.item() == null) throw new InvalidInputException("version", SystemText.of("api.versionAndItemMissing"));
        return detail(items.update(id, u.version(), u.item()));
    }

    @POST
    @Path("/{id:[0-9]+}/{action}")
    @Operation(summary = "须带 version；当前可做的见 allowedActions：submit（提交保密审查）| approve（opinion 审查意见，可空；"
            + "审查通过并公开，审查人不能是起草人或提交人）| return（reason）| withdraw（reason，撤回已公开的信息：信息公开工作人员或政务公开办）"
            + " | repeal（on，废止）")
    public Detail act(@PathParam("id") long id, @PathParam("action") String action, ProactiveItems.Input input) {
        ItemAction a = ItemAction.fromPath(action);
        if (input == null) throw new InvalidInputException("version", SystemText.of("api.versionMissing"));
        return detail(items.act(id, a, input));
    }

    private Detail detail(DisclosureItem i) {
        return Detail.of(i, items.departmentName(i.getDepartmentId()), items.allowedActions(i.getId()));
    }
}
