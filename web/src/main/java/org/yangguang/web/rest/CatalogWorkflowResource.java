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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yangguang.catalog.CatalogExcelService;
import org.yangguang.catalog.CatalogService;
import org.yangguang.catalog.ImportResult;
import org.yangguang.catalog.MatterDraft;
import org.yangguang.catalog.MatterQuery;
import org.yangguang.catalog.MatterType;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.InvalidInputException.Problem;
import org.yangguang.shared.PageRequest;
import org.yangguang.shared.SystemText;
import org.yangguang.web.rest.ApiViews.MatterDetail;
import org.yangguang.web.rest.ApiViews.PublishRequest;
import org.yangguang.web.rest.ApiViews.ReturnRequest;
import org.yangguang.web.rest.ApiViews.VersionToken;
import org.yangguang.web.rest.ApiViews.VersionView;

/**
 * The catalog's review workflow on the API: departments draft and submit, the office publishes or
 * returns; Excel import/export. Roles and department scoping are enforced by the services.
 */
@Path("/v1/catalog")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "事项目录维护", description = "起草、提交、审核发布、导入导出（需登录）")
@SecurityRequirement(name = OpenApiDocument.BASIC)
public class CatalogWorkflowResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    CatalogService catalog;

    @Inject
    CatalogExcelService excel;

    @Context
    UriInfo uri;

    @POST
    @Path("/drafts")
    @Operation(summary = "起草新事项（部门窗口：仅本部门；政务公开办：任意部门）")
    public Response draftNew(MatterDraft draft) {
        var v = catalog.draftNew(requireBody(draft));
        return Response.created(uri.getBaseUriBuilder().path("v1/catalog/drafts/{id}").build(v.getId()))
                .entity(VersionView.of(v)).build();
    }

    @POST
    @Path("/matters/{code}/changes")
    @Operation(summary = "对已发布事项发起变更：生成以现行版本为底稿的草稿")
    public Response startChange(@PathParam("code") String code) {
        var v = catalog.startChange(code);
        return Response.created(uri.getBaseUriBuilder().path("v1/catalog/drafts/{id}").build(v.getId()))
                .entity(VersionView.of(v)).build();
    }

    @GET
    @Path("/drafts/{id}")
    @Operation(summary = "查看一个版本（草稿或已发布）的内容")
    public MatterDraftView get(@PathParam("id") long id) {
        var v = catalog.version(id);
        return new MatterDraftView(VersionView.of(v), v.toDraft());
    }

    @PUT
    @Path("/drafts/{id}")
    @Operation(summary = "保存草稿（须带 version 参数，防止覆盖他人修改）")
    public VersionView save(@PathParam("id") long id, @QueryParam("version") Integer version, MatterDraft draft) {
        return VersionView.of(catalog.saveDraft(id, requireBody(draft), requireVersion(version)));
    }

    @POST
    @Path("/drafts/{id}/submit")
    @Operation(summary = "提交审核")
    public VersionView submit(@PathParam("id") long id, VersionToken token) {
        return VersionView.of(catalog.submit(id, requireBody(token).version()));
    }

    @POST
    @Path("/drafts/{id}/withdraw")
    @Operation(summary = "撤回草稿")
    public VersionView withdraw(@PathParam("id") long id, VersionToken token) {
        return VersionView.of(catalog.withdraw(id, requireBody(token).version()));
    }

    @POST
    @Path("/drafts/{id}/publish")
    @Operation(summary = "审核通过并发布（政务公开办）")
    public VersionView publish(@PathParam("id") long id, PublishRequest request) {
        PublishRequest r = requireBody(request);
        if (r.effectiveDate() == null) throw new InvalidInputException("effectiveDate", SystemText.of("api.effectiveDateMissing"));
        return VersionView.of(catalog.publish(id, r.effectiveDate(), r.version()));
    }

    @POST
    @Path("/drafts/{id}/return")
    @Operation(summary = "退回修改（政务公开办，须说明理由）")
    public VersionView returnDraft(@PathParam("id") long id, ReturnRequest request) {
        ReturnRequest r = requireBody(request);
        return VersionView.of(catalog.returnDraft(id, r.reason(), r.version()));
    }

    @GET
    @Path("/review-queue")
    @Operation(summary = "待审核队列")
    public List<VersionView> reviewQueue(@QueryParam("page") String page, @QueryParam("size") String size) {
        List<Problem> errors = new java.util.ArrayList<>();
        int p = MatterResource.intParam("page", page, 1, 1, 100000, errors);
        int s = MatterResource.intParam("size", size, 50, 1, MatterResource.MAX_PAGE_SIZE, errors);
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        return catalog.reviewQueue(PageRequest.of(p, s)).items().stream().map(VersionView::of).toList();
    }

    @GET
    @Path("/matters/{code}/versions")
    @Operation(summary = "事项的全部版本（含未发布草稿）")
    public List<VersionView> history(@PathParam("code") String code) {
        return catalog.history(code).stream().map(VersionView::of).toList();
    }

    @GET
    @Path("/matters/{code}/versions/{id}")
    @Operation(summary = "某一版本的完整内容")
    public MatterDetail versionDetail(@PathParam("code") String code, @PathParam("id") long id) {
        var v = catalog.version(id);
        if (!v.getMatter().getImplementationCode().equals(code)) {
            throw new org.yangguang.shared.NotFoundException(SystemText.of("api.versionNotOfMatter", code));
        }
        return MatterDetail.of(v);
    }

    @POST
    @Path("/import")
    @Consumes(XLSX)
    @Operation(summary = "Excel导入（政务公开办）：任何一行有误则整个文件不保存，并逐行报告错误")
    public Response importExcel(InputStream xlsx, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        ImportResult result = excel.importDrafts(xlsx);
        if (!result.isAccepted()) {
            java.util.Locale l = ApiLanguage.of(headers);
            return Problems.response(400, ApiLanguage.title("api.title.importRefused", l),
                    ApiLanguage.words(SystemText.of("catalog.import.refused", result.errors().size()), l),
                    result.errors().stream().map(e -> ApiLanguage.words(e, l)).toList());
        }
        return Response.ok(result).build();
    }

    @GET
    @Path("/export")
    @Produces(XLSX)
    @Operation(summary = "按条件导出Excel（与导入模板相同格式）")
    public Response exportExcel(@QueryParam("q") String q, @QueryParam("department") String department,
            @QueryParam("type") String type) {
        MatterType t;
        try {
            t = type == null || type.isBlank() ? null : MatterType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("type", SystemText.of("api.matterTypeUnknown", type));
        }
        MatterQuery query = new MatterQuery(q, MatterResource.blankToNull(department), t, null, false);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        excel.export(query, out);
        StreamingOutput body = o -> out.writeTo(o);
        return Response.ok(body, XLSX).header("Content-Disposition", "attachment; filename=\"catalog.xlsx\"").build();
    }

    public record MatterDraftView(VersionView version, MatterDraft content) {}

    private static <T> T requireBody(T body) {
        if (body == null) throw new InvalidInputException(SystemText.of("api.bodyMissing"));
        return body;
    }

    private static int requireVersion(Integer version) {
        if (version == null) throw new InvalidInputException("version", SystemText.of("api.versionMissingChange"));
        return version;
    }
}
