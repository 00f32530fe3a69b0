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
import org.yangguang.disclosure.DeliveryWay;
import org.yangguang.disclosure.DisclosureOutcome;
import org.yangguang.disclosure.DisclosureRequest;
import org.yangguang.disclosure.DisclosureService;
import org.yangguang.disclosure.FeeMethod;
import org.yangguang.disclosure.NewDisclosureRequest;
import org.yangguang.disclosure.RemedyKind;
import org.yangguang.disclosure.RemedyOutcome;
import org.yangguang.disclosure.RequestStatus;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.PageRequest;
import org.yangguang.web.rest.DisclosureViews.Action;
import org.yangguang.web.rest.DisclosureViews.Detail;
import org.yangguang.web.rest.DisclosureViews.Item;
import org.yangguang.web.rest.DisclosureViews.ItemList;
import org.yangguang.web.rest.DisclosureViews.Receipt;

/**
 * Disclosure requests for the editors (DISCLOSURE_EDITOR handles them; the office and the
 * supervision office read): the list by urgency, a request with its limits, entry of a request
 * that came in person, by post, e-mail or fax, and each step up to the reply.
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
        List<String> errors = new ArrayList<>();
        int pageNo = MatterResource.intParam("page", page, 1, 1, 1_000_000, errors);
        int pageSize = MatterResource.intParam("size", size, 20, 1, PageRequest.MAX_SIZE, errors);
        RequestStatus st = SupervisionResource.enumParam(RequestStatus.class, "status", status, errors);
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        var found = requests.list(st, q == null || q.isBlank() ? null : q.trim(), PageRequest.of(pageNo, pageSize));
        return new ItemList(found.items().stream().map(Item::of).toList(), found.total());
    }

    @GET
    @Path("/{number}")
    @Operation(summary = "一件申请：事件、期限及其计算过程、答复")
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
        if (form == null) throw new InvalidInputException("缺少请求体");
        DisclosureRequest r = requests.enter(form);
        return Response.status(201).entity(Receipt.of(r))
                .location(uri.getBaseUriBuilder().path("v1/disclosure/requests/{number}").build(r.getNumber())).build();
    }

    @POST
    @Path("/{number}/{action}")
    @Operation(summary = "办理：correction-notice（content, dueOn）| correction（text, on）| consult（party）"
            + " | consulted（party）| extend（days, approver, reason）| reply（outcome, text, delivery）"
            + " | fee-notice（method: BY_COUNT|BY_PAGE, pages）| fee-paid（on）| remedy（kind, on, authority）"
            + " | remedy-decided（remedyId, version: 记录的版本, outcome, on, text）")
    public Detail act(@PathParam("number") String number, @PathParam("action") String action, Action a) {
        if (a == null || a.version() == null) throw new InvalidInputException("version: 缺少版本号");
        int v = a.version();
        DisclosureRequest r = switch (action) {
            case "correction-notice" -> requests.noticeCorrection(number, v, a.content(), a.dueOn());
            case "correction" -> requests.corrected(number, v, a.text(), a.on());
            case "consult" -> requests.consult(number, v, required(a.party(), "party", "请填写征求意见的第三方"));
            case "consulted" -> requests.thirdPartyAnswered(number, v, required(a.party(), "party", "请填写第三方"));
            case "extend" -> {
                if (a.days() == null) throw new InvalidInputException("days: 请填写延长的工作日数（1到20）");
                yield requests.extend(number, v, a.days(), a.approver(), a.reason());
            }
            case "reply" -> {
                List<String> errors = new ArrayList<>();
                DisclosureOutcome outcome = SupervisionResource.enumParam(DisclosureOutcome.class, "outcome", a.outcome(), errors);
                DeliveryWay delivery = SupervisionResource.enumParam(DeliveryWay.class, "delivery", a.delivery(), errors);
                if (outcome == null && errors.isEmpty()) errors.add("outcome: 请选择答复类型");
                if (delivery == null && errors.isEmpty()) errors.add("delivery: 请选择送达方式");
                if (!errors.isEmpty()) throw new InvalidInputException(errors);
                yield requests.reply(number, v, outcome, a.text(), delivery);
            }
            case "fee-notice" -> {
                List<String> errors = new ArrayList<>();
                FeeMethod method = SupervisionResource.enumParam(FeeMethod.class, "method", a.method(), errors);
                if (!errors.isEmpty()) throw new InvalidInputException(errors);
                yield requests.noticeFee(number, v, method, a.pages());
            }
            case "fee-paid" -> requests.feePaid(number, v, a.on());
            case "remedy" -> {
                List<String> errors = new ArrayList<>();
                RemedyKind kind = SupervisionResource.enumParam(RemedyKind.class, "kind", a.kind(), errors);
                if (!errors.isEmpty()) throw new InvalidInputException(errors);
                requests.recordRemedy(number, kind, a.on(), a.authority());
                yield requests.get(number);
            }
            case "remedy-decided" -> {
                List<String> errors = new ArrayList<>();
                RemedyOutcome result = SupervisionResource.enumParam(RemedyOutcome.class, "outcome", a.outcome(), errors);
                if (a.remedyId() == null) errors.add("remedyId: 请指明复议或诉讼记录");
                if (!errors.isEmpty()) throw new InvalidInputException(errors);
                requests.decideRemedy(number, a.remedyId(), v, result, a.on(), a.text());
                yield requests.get(number);
            }
            default -> throw new org.yangguang.shared.NotFoundException("没有这个办理动作：" + action);
        };
        return detail(r);
    }

    private Detail detail(DisclosureRequest r) {
        return Detail.of(r, requests.departmentName(r.getDepartmentId()), requests.limits(r.getNumber()),
                requests.remedies(r.getNumber()));
    }

    private static String required(String value, String field, String message) {
        if (value == null || value.isBlank()) throw new InvalidInputException(field + ": " + message);
        return value;
    }
}
