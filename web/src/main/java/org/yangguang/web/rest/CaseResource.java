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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yangguang.approval.ActionRequest;
import org.yangguang.approval.ApprovalCase;
import org.yangguang.approval.CaseAction;
import org.yangguang.approval.CaseService;
import org.yangguang.approval.LegacyImport;
import org.yangguang.approval.LegacyImportRun;
import org.yangguang.approval.NewCase;
import org.yangguang.approval.PublicCaseView;
import org.yangguang.batch.approval.LegacyImportJobs;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.SystemText;
import org.yangguang.web.rest.CaseViews.CaseView;
import org.yangguang.web.rest.CaseViews.EventView;

/** Cases (办件) on the API: receipt, reading, actions, and public tracking. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "办件", description = "收件、办理操作、查询；公众凭受理编号和查询码查询")
public class CaseResource {

    @Inject
    CaseService cases;

    @Inject
    Clock clock;

    @Inject
    LegacyImport legacy;

    @Inject
    LegacyImportJobs legacyJobs;

    @Context
    UriInfo uri;

    @POST
    @Path("/cases")
    @SecurityRequirement(name = OpenApiDocument.BASIC)
    @Operation(summary = "收件（部门窗口：本部门事项；上级平台：任意事项）")
    public Response receive(NewCase application) {
        if (application == null) throw new InvalidInputException(SystemText.of("api.bodyMissing"));
        CaseService.Shown shown = cases.receiveAndShow(application);
        return Response.created(uri.getBaseUriBuilder().path("v1/cases/{rn}").build(shown.approvalCase().getReceiptNumber()))
                .entity(view(shown)).build();
    }

    @GET
    @Path("/cases/{receiptNumber}")
    @SecurityRequirement(name = OpenApiDocument.BASIC)
    @Operation(summary = "查看办件（部门只能看本部门）")
    public CaseView get(@PathParam("receiptNumber") String receiptNumber) {
        return view(cases.findAndShow(receiptNumber));
    }

    @GET
    @Path("/cases/{receiptNumber}/timeline")
    @SecurityRequirement(name = OpenApiDocument.BASIC)
    @Operation(summary = "办件全过程记录")
    public List<EventView> timeline(@PathParam("receiptNumber") String receiptNumber) {
        return cases.timeline(receiptNumber).stream().map(EventView::of).toList();
    }

    @POST
    @Path("/cases/{receiptNumber}/actions/{action}")
    @SecurityRequirement(name = OpenApiDocument.BASIC)
    @Operation(summary = "办件操作：check-materials, accept, request-correction, supplement, refuse, complete-step, "
            + "start-special-procedure, end-special-procedure, request-extension, extend, report, record-reply, charge, "
            + "assign-joint, complete-joint-part, decide, deliver；须带 version。当前可做的操作见办件的 allowedActions")
    public CaseView act(@PathParam("receiptNumber") String receiptNumber, @PathParam("action") String action,
            ActionRequest request) {
        if (request == null) throw new InvalidInputException(SystemText.of("api.bodyWithVersionMissing"));
        return view(cases.actAndShow(receiptNumber, CaseAction.fromPath(action), request));
    }

    @GET
    @Path("/cases/{receiptNumber}/documents")
    @SecurityRequirement(name = OpenApiDocument.BASIC)
    @Operation(summary = "办件已出具的文书（文号、出具日期、SHA-256）")
    public List<CaseViews.DocumentRef> documents(@PathParam("receiptNumber") String receiptNumber) {
        return cases.documents(receiptNumber).stream().map(CaseViews.DocumentRef::of).toList();
    }

    @GET
    @Path("/cases/{receiptNumber}/documents/{id}")
    @SecurityRequirement(name = OpenApiDocument.BASIC)
    @Operation(summary = "一份文书的全文（出具时的原文，不因此后的变更而改变）")
    public CaseViews.DocumentView document(@PathParam("receiptNumber") String receiptNumber, @PathParam("id") long id) {
        return CaseViews.DocumentView.of(cases.document(receiptNumber, id));
    }

    @POST
    @Path("/cases/{receiptNumber}/materials")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @SecurityRequirement(name = OpenApiDocument.BASIC)
    @Operation(summary = "上传一项申请材料（pdf/doc/docx/xls/xlsx/jpg/png/txt，最大10MB），勾选核对清单")
    public CaseView attach(@PathParam("receiptNumber") String receiptNumber, @QueryParam("material") String material,
            @QueryParam("fileName") String fileName, @QueryParam("version") Integer version, byte[] content) {
        if (version == null) throw new InvalidInputException("version", SystemText.of("api.caseVersionMissing"));
        if (material == null || fileName == null) throw new InvalidInputException(SystemText.of("api.materialAndFileNameMissing"));
        return view(cases.shown(cases.attachMaterial(receiptNumber, material, fileName, content == null ? new byte[0] : content, version)));
    }

    /** A legacy import with its progress; once finished, the errors of the lines it skipped. */
    public record ImportView(long importId, String fileName, String status, int lines, int processed, int imported,
            int duplicates, int failed, int percent, long executionId, List<String> errors) {
        static ImportView of(LegacyImportRun r) {
            return new ImportView(r.getId(), r.getFileName(), r.isRunning() ? "RUNNING" : r.getOutcome(), r.getTotalLines(),
                    r.getProcessed(), r.getImported(), r.getDuplicates(), r.getFailed(), r.getPercent(),
                    r.getExecutionId() == null ? 0 : r.getExecutionId(), r.errorLines().stream().map(SystemText::chinese).toList());
        }
    }

    @POST
    @Path("/cases/import")
    @Consumes({"application/x-ndjson", "application/jsonl"})
    @SecurityRequirement(name = OpenApiDocument.BASIC)
    @Operation(summary = "历史办件导入（政务公开办）：每行一个JSON办件及其全部事件。202：作业 legacy-import 已开始，进度见 Location；"
            + "有误的行报告并跳过，重复导入不会重复创建")
    public Response importLegacy(@QueryParam("fileName") String fileName, String jsonLines) {
        LegacyImportRun run = legacy.stage(fileName, jsonLines);
        legacyJobs.start(run.getId());
        return Response.accepted(ImportView.of(legacy.run(run.getId())))
                .location(uri.getBaseUriBuilder().path("v1/cases/imports/{id}").build(run.getId())).build();
    }

    @GET
    @Path("/cases/imports/{id}")
    @SecurityRequirement(name = OpenApiDocument.BASIC)
    @Operation(summary = "历史办件导入的进度和结果（政务公开办）")
    public ImportView legacyImport(@PathParam("id") long id) {
        return ImportView.of(legacy.run(id));
    }

    @GET
    @Path("/public/cases/{receiptNumber}")
    @Operation(summary = "公众查询办件进度（凭查询码）")
    public PublicCaseView track(@PathParam("receiptNumber") String receiptNumber, @QueryParam("queryCode") String queryCode) {
        if (queryCode == null || queryCode.isBlank()) throw new InvalidInputException("queryCode", SystemText.of("api.queryCodeMissing"));
        return cases.track(receiptNumber, queryCode);
    }

    @GET
    @Path("/public/cases/{receiptNumber}/documents/{id}")
    @Operation(summary = "公众查看本人办件的文书（凭查询码）")
    public CaseViews.DocumentView publicDocument(@PathParam("receiptNumber") String receiptNumber, @PathParam("id") long id,
            @QueryParam("queryCode") String queryCode) {
        if (queryCode == null || queryCode.isBlank()) throw new InvalidInputException("queryCode", SystemText.of("api.queryCodeMissing"));
        return CaseViews.DocumentView.of(cases.documentForApplicant(receiptNumber, queryCode, id));
    }

    private CaseView view(CaseService.Shown shown) {
        return CaseView.of(shown.approvalCase(), shown.allowed(), shown.documents(), shown.calendar(), LocalDate.now(clock));
    }
}
