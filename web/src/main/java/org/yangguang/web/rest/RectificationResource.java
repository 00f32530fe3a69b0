package org.yangguang.web.rest;

import static org.yangguang.web.rest.MatterResource.intParam;
import static org.yangguang.web.rest.SupervisionResource.enumParam;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yangguang.interaction.rating.RectificationAction;
import org.yangguang.interaction.rating.RectificationRow;
import org.yangguang.interaction.rating.RectificationService;
import org.yangguang.interaction.rating.RectificationStatus;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.InvalidInputException.Problem;
import org.yangguang.shared.PageRequest;
import org.yangguang.shared.SystemText;

/**
 * 好差评 差评整改 on the API: the supervision office verifies each bad rating with a return visit
 * (confirm, or unfounded with the reason); the department reports its rectification. A department
 * sees its own only.
 */
@Path("/v1/ratings/rectifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "好差评整改", description = "差评的回访核实（监察机关）和整改反馈（被评价部门）")
@SecurityRequirement(name = OpenApiDocument.BASIC)
public class RectificationResource {

    @Inject
    RectificationService rectifications;

    /**
     * A bad rating and its rectification; the contact of a real-name rating for the return visit.
     * {@code receiptNumber} is the number of what was rated, {@code subject} what it is (CASE,
     * DISCLOSURE_REQUEST, COMPLAINT or LETTER).
     */
    public record Item(long id, int version, String receiptNumber, String department, String departmentName, String event,
            String level, List<String> reasons, String text, String channel, String contactName, String contactPhone,
            LocalDate ratedOn, String status, LocalDate openedOn, LocalDate verifiedOn, String visitNote, LocalDate due,
            LocalDate reportedOn, String report, boolean late, List<String> allowedActions, String subject) {
        static Item of(RectificationRow r) {
            return new Item(r.id(), r.version(), r.receiptNumber(), r.departmentCode(), r.departmentName(), r.event().name(),
                    r.level().name(), r.reasons().stream().map(Enum::name).toList(), r.text(), r.channel().name(),
                    r.contactName(), r.contactPhone(), r.ratedOn(), r.status().name(), r.openedOn(), r.verifiedOn(),
                    r.visitNote(), r.due(), r.reportedOn(), r.report(), r.late(),
                    r.allowedActions().stream().map(RectificationAction::path).toList(), r.subject().name());
        }
    }

    public record ItemList(List<Item> items, long total) {}

    @GET
    @Operation(summary = "差评及其整改列表（部门只看本部门）：status=VERIFYING|RECTIFYING|UNFOUNDED|RECTIFIED, page, size")
    public ItemList list(@QueryParam("status") String status, @QueryParam("page") String page, @QueryParam("size") String size) {
        List<Problem> errors = new ArrayList<>();
        int pageNo = intParam("page", page, 1, 1, 1_000_000, errors);
        int pageSize = intParam("size", size, 20, 1, PageRequest.MAX_SIZE, errors);
        RectificationStatus st = enumParam(RectificationStatus.class, "status", status, errors);
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        var found = rectifications.list(st, PageRequest.of(pageNo, pageSize));
        return new ItemList(found.items().stream().map(Item::of).toList(), found.total());
    }

    @GET
    @Path("/{id:[0-9]+}")
    @Operation(summary = "一条差评及其整改，及当前可做的操作 allowedActions")
    public Item one(@PathParam("id") long id) {
        return Item.of(rectifications.row(id));
    }

    @POST
    @Path("/{id:[0-9]+}/{action}")
    @Operation(summary = "处理差评（须带 version 和 note）：confirm（监察机关，回访核实属实，note=回访记录）| "
            + "unfounded（监察机关，认定恶意差评，note=理由）| report（被评价部门，note=整改情况）")
    public Item act(@PathParam("id") long id, @PathParam("action") String action, RectificationService.Input input) {
        RectificationAction a = RectificationAction.fromPath(action);
        if (input == null) throw new InvalidInputException(SystemText.of("api.bodyWithVersionMissing"));
        return Item.of(rectifications.act(id, a, input));
    }
}
