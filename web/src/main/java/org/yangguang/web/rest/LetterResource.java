package org.yangguang.web.rest;

import static org.yangguang.web.rest.MatterResource.intParam;
import static org.yangguang.web.rest.SupervisionResource.enumParam;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yangguang.interaction.letter.LetterAction;
import org.yangguang.interaction.letter.LetterEvent;
import org.yangguang.interaction.letter.LetterAttachment;
import org.yangguang.interaction.letter.LetterRow;
import org.yangguang.interaction.letter.LetterService;
import org.yangguang.interaction.letter.LetterStatus;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.InvalidInputException.Problem;
import org.yangguang.shared.PageRequest;
import org.yangguang.shared.SystemText;

/**
 * The mailbox (政民互动) for staff: the office routes each letter to a department or keeps it; the
 * handler answers, transfers it once or extends its limit once. The office and the supervision
 * office see every letter, a department the letters it handles (never a 举报).
 */
@Path("/v1/interaction/letters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "政民互动（办理）", description = "来信分办、转办、延期、答复")
@SecurityRequirement(name = OpenApiDocument.BASIC)
public class LetterResource {

    @Inject
    LetterService letters;

    public record Item(String number, int version, String mailbox, String category, String subject, String text,
            String writerName, String writerPhone, String writerEmail, boolean consentToPublish, String status,
            LocalDate receivedOn, LocalDate answerDue, boolean handledByOffice, String handler, String handlerName,
            String transferredFrom, String transferReason, LocalDate transferredOn, Integer extensionDays,
            String extensionReason, LocalDate extendedOn, String answer, LocalDate answeredOn, boolean overdue,
            boolean answeredLate, List<String> allowedActions, String complaintNumber, String complaintStatus,
            String publishedQuestion, String publishedAnswer, LocalDate publishedOn, List<LetterAttachment> attachments) {
        static Item of(LetterRow r) {
            return new Item(r.number(), r.version(), r.mailboxName(), r.category().name(), r.subject(), r.text(),
                    r.writerName(), r.writerPhone(), r.writerEmail(), r.consentToPublish(), r.status().name(),
                    r.receivedOn(), r.answerDue(), r.handledByOffice(), r.handlerCode(), r.handlerName(),
                    r.transferredFromName(), r.transferReason(), r.transferredOn(), r.extensionDays(),
                    r.extensionReason(), r.extendedOn(), r.answer(), r.answeredOn(), r.overdue(), r.answeredLate(),
                    r.allowedActions().stream().map(LetterAction::path).toList(), r.complaintNumber(),
                    r.complaintStatus() == null ? null : r.complaintStatus().name(), r.publishedQuestion(),
                    r.publishedAnswer(), r.publishedOn(), r.attachments());
        }
    }

    public record ItemList(List<Item> items, long total) {}

    public record Event(Instant at, String actor, String action, String before, String after) {
        static Event of(LetterEvent e) {
            return new Event(e.at(), e.actor(), e.action(), e.before(), e.after());
        }
    }

    @GET
    @Operation(summary = "来信列表（status=RECEIVED 为待分办；部门只见本部门承办的来信）")
    public ItemList list(@QueryParam("status") String status, @QueryParam("q") String q,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        List<Problem> errors = new ArrayList<>();
        int pageNo = intParam("page", page, 1, 1, 1_000_000, errors);
        int pageSize = intParam("size", size, 20, 1, PageRequest.MAX_SIZE, errors);
        LetterStatus st = enumParam(LetterStatus.class, "status", status, errors);
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        var found = letters.list(st, q == null || q.isBlank() ? null : q.trim(), PageRequest.of(pageNo, pageSize));
        return new ItemList(found.items().stream().map(Item::of).toList(), found.total());
    }

    @GET
    @Path("/{number}")
    @Operation(summary = "一封来信，及当前可做的操作 allowedActions")
    public Item letter(@PathParam("number") String number) {
        return Item.of(letters.get(number));
    }

    @GET
    @Path("/{number}/attachments/{file:[0-9]+}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "下载来信附件（本部门办理的来信；办公室、监察室）")
    public Response attachment(@PathParam("number") String number, @PathParam("file") long file) {
        return DisclosureResource.download(letters.attachment(number, file));
    }

    @GET
    @Path("/{number}/history")
    @Operation(summary = "来信的办理经过（审计记录）")
    public List<Event> history(@PathParam("number") String number) {
        return letters.history(number).stream().map(Event::of).toList();
    }

    @POST
    @Path("/{number}/{action}")
    @Operation(summary = "办理来信（须带 version；当前可做的见 allowedActions）：route（department：部门编码；不填为办公室直接办理）| complaint（投诉件转为监察投诉：department 或 receiptNumber）| transfer（department, reason；限一次）| extend（reason；限一次）| answer（answer）| faq（已公开的来信列入常见问题：matter 事项实施编码，不填为答复部门的常见问题）| publish（办公室审核后公开：text 公开的来信内容、answer 公开的答复，均不得含来信人姓名、电话、电子邮箱；须来信人同意公开，举报不公开）")
    public Item act(@PathParam("number") String number, @PathParam("action") String action, LetterService.Input input) {
        LetterAction a = LetterAction.fromPath(action);
        if (input == null) throw new InvalidInputException(SystemText.of("api.bodyWithVersionMissing"));
        return Item.of(letters.act(number, a, input));
    }
}
