package org.yangguang.web.rest;

import static org.yangguang.web.rest.MatterResource.intParam;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.InvalidInputException.Problem;
import org.yangguang.shared.PageRequest;
import org.yangguang.shared.SystemText;
import org.yangguang.supervision.ComplaintAction;
import org.yangguang.supervision.ComplaintService;
import org.yangguang.supervision.ComplaintStatus;
import org.yangguang.supervision.DepartmentScore;
import org.yangguang.supervision.FindingQuery;
import org.yangguang.supervision.FindingService;
import org.yangguang.supervision.FindingStatus;
import org.yangguang.supervision.NewComplaint;
import org.yangguang.supervision.Period;
import org.yangguang.supervision.RuleBook;
import org.yangguang.supervision.ScoreService;
import org.yangguang.supervision.SupervisionLevel;
import org.yangguang.supervision.SupervisionSettings;
import org.yangguang.supervision.SupervisionSettingsService;
import org.yangguang.web.rest.SupervisionViews.AnswerRequest;
import org.yangguang.web.rest.SupervisionViews.AppealRequest;
import org.yangguang.web.rest.SupervisionViews.AppealRulingRequest;
import org.yangguang.web.rest.SupervisionViews.ComplaintItem;
import org.yangguang.web.rest.SupervisionViews.ComplaintList;
import org.yangguang.web.rest.SupervisionViews.FindingDetailView;
import org.yangguang.web.rest.SupervisionViews.FindingItem;
import org.yangguang.web.rest.SupervisionViews.FindingList;
import org.yangguang.web.rest.SupervisionViews.ResolveRequest;
import org.yangguang.web.rest.SupervisionViews.RuleView;
import org.yangguang.web.rest.SupervisionViews.ScoresView;

/**
 * Electronic supervision on the API: findings (department users see their own and answer them;
 * the supervision office all, and confirms or revokes), scores, rules, settings, complaints.
 */
@Path("/v1/supervision")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "电子监察", description = "预警、黄牌、红牌；纠错督办；投诉；绩效考核")
@SecurityRequirement(name = OpenApiDocument.BASIC)
public class SupervisionResource {

    @Inject
    FindingService findings;

    @Inject
    ScoreService scores;

    @Inject
    RuleBook rules;

    @Inject
    SupervisionSettingsService settings;

    @Inject
    ComplaintService complaints;

    // ------------------------------------------------------------------ findings

    @GET
    @Path("/findings")
    @Operation(summary = "监察单列表（部门只看本部门）：level=WARNING|YELLOW|RED, department, status, rule, receiptNumber, page, size")
    public FindingList findings(@QueryParam("level") String level, @QueryParam("department") String department,
            @QueryParam("status") String status, @QueryParam("rule") String rule,
            @QueryParam("receiptNumber") String receiptNumber, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        List<Problem> errors = new ArrayList<>();
        int pageNo = intParam("page", page, 1, 1, 1_000_000, errors);
        int pageSize = intParam("size", size, 20, 1, PageRequest.MAX_SIZE, errors);
        SupervisionLevel lvl = enumParam(SupervisionLevel.class, "level", level, errors);
        FindingStatus st = enumParam(FindingStatus.class, "status", status, errors);
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        var found = findings.list(new FindingQuery(lvl, blank(department), st, blank(rule), blank(receiptNumber), null,
                null, null), PageRequest.of(pageNo, pageSize));
        return new FindingList(found.items().stream().map(FindingItem::of).toList(), found.total());
    }

    @GET
    @Path("/findings/{id}")
    @Operation(summary = "监察单详情及处理记录")
    public FindingDetailView finding(@PathParam("id") long id) {
        return FindingDetailView.of(findings.detail(id));
    }

    @POST
    @Path("/findings/{id}/answer")
    @Operation(summary = "部门答复整改：情况说明和整改措施（须带 version）")
    public FindingDetailView answer(@PathParam("id") long id, AnswerRequest r) {
        findings.answer(id, version(r == null ? null : r.version()), r.answer(), r.rectification());
        return finding(id);
    }

    @POST
    @Path("/findings/{id}/appeal")
    @Operation(summary = "部门申诉（证据材料请在界面上传）")
    public FindingDetailView appeal(@PathParam("id") long id, AppealRequest r) {
        findings.appeal(id, version(r == null ? null : r.version()), r.appeal(), null, null);
        return finding(id);
    }

    @POST
    @Path("/findings/{id}/confirm")
    @Operation(summary = "监察机关确认整改")
    public FindingDetailView confirm(@PathParam("id") long id, ResolveRequest r) {
        findings.confirm(id, version(r == null ? null : r.version()), r.note());
        return finding(id);
    }

    @POST
    @Path("/findings/{id}/revoke")
    @Operation(summary = "监察机关撤销（须说明理由；记录保留）")
    public FindingDetailView revoke(@PathParam("id") long id, ResolveRequest r) {
        findings.revoke(id, version(r == null ? null : r.version()), r.reason());
        return finding(id);
    }

    @POST
    @Path("/findings/{id}/appeal-ruling")
    @Operation(summary = "监察机关处理申诉：upheld=true 撤销，false 维持")
    public FindingDetailView ruleOnAppeal(@PathParam("id") long id, AppealRulingRequest r) {
        if (r == null || r.upheld() == null) throw new InvalidInputException("upheld", SystemText.of("api.upheldMissing"));
        findings.ruleOnAppeal(id, version(r.version()), r.upheld(), r.ruling());
        return finding(id);
    }

    // ------------------------------------------------------------------ scores, rules, settings

    @GET
    @Path("/scores")
    @Operation(summary = "绩效考核：period=2026-Q4（季度，含等级）或 2026-11（月）")
    public ScoresView scores(@QueryParam("period") String period) {
        Period p = Period.parse(period);
        List<DepartmentScore> all = scores.scores(p);
        return new ScoresView(p.code(), p.label(), all.subList(0, all.size() - 1), all.get(all.size() - 1));
    }

    @GET
    @Path("/rules")
    @Operation(summary = "现行监察规则（监察机关、政务公开办、部门）")
    public List<RuleView> rules() {
        return rules.inForce().stream().map(RuleView::of).toList();
    }

    @PUT
    @Path("/rules/{code}")
    @Operation(summary = "修改规则（生成新版本；须带现行 ruleVersion 为 revision，并说明理由 note）")
    public RuleView revise(@PathParam("code") String code, RuleBook.RuleEdit edit) {
        if (edit == null) throw new InvalidInputException(SystemText.of("api.bodyMissing"));
        return RuleView.of(rules.revise(code, edit));
    }

    @GET
    @Path("/settings")
    @Operation(summary = "监察设置：答复时限、投诉时限、考核公式、每日评估时间（监察机关、政务公开办、部门）")
    public SupervisionSettings settings() {
        return settings.read();
    }

    @PUT
    @Path("/settings")
    @Operation(summary = "修改监察设置（须带 version）")
    public SupervisionSettings updateSettings(SupervisionSettings edited) {
        if (edited == null) throw new InvalidInputException(SystemText.of("api.bodyMissing"));
        return settings.update(edited);
    }

    // ------------------------------------------------------------------ complaints

    @GET
    @Path("/complaints")
    @Operation(summary = "投诉列表")
    public ComplaintList complaints(@QueryParam("status") String status, @QueryParam("q") String q,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        List<Problem> errors = new ArrayList<>();
        int pageNo = intParam("page", page, 1, 1, 1_000_000, errors);
        int pageSize = intParam("size", size, 20, 1, PageRequest.MAX_SIZE, errors);
        ComplaintStatus st = enumParam(ComplaintStatus.class, "status", status, errors);
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        var found = complaints.list(st, blank(q), PageRequest.of(pageNo, pageSize));
        return new ComplaintList(found.items().stream().map(ComplaintItem::of).toList(), found.total());
    }

    @POST
    @Path("/complaints")
    @Operation(summary = "登记电话、来访、来信投诉（channel=PHONE|VISIT|LETTER）")
    public Response enter(NewComplaint c) {
        if (c == null) throw new InvalidInputException(SystemText.of("api.bodyMissing"));
        var saved = complaints.enter(c);
        return Response.status(201).entity(new SupervisionViews.Receipt(saved.getNumber(), saved.getQueryCode())).build();
    }

    @GET
    @Path("/complaints/{id:[0-9]+}")
    @Operation(summary = "一件投诉，及当前可做的操作 allowedActions")
    public ComplaintItem complaint(@PathParam("id") long id) {
        return ComplaintItem.of(complaints.row(id));
    }

    @POST
    @Path("/complaints/{id:[0-9]+}/{action}")
    @Operation(summary = "处理投诉（须带 version；当前可做的见 allowedActions；204）：accept | refuse（reason）| reply（outcome, reply）| card（trigger）")
    public Response act(@PathParam("id") long id, @PathParam("action") String action, ComplaintService.Input input) {
        ComplaintAction a = ComplaintAction.fromPath(action);
        if (input == null) throw new InvalidInputException(SystemText.of("api.bodyWithVersionMissing"));
        complaints.act(id, a, input);
        return Response.noContent().build();
    }

    // ------------------------------------------------------------------ helpers

    static int version(Integer v) {
        if (v == null) throw new InvalidInputException("version", SystemText.of("input.versionMissing"));
        return v;
    }

    static <E extends Enum<E>> E enumParam(Class<E> type, String name, String raw, List<Problem> errors) {
        if (raw == null || raw.isBlank()) return null;
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            errors.add(new Problem(name, SystemText.of("input.choices", List.of(type.getEnumConstants()).toString())));
            return null;
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
