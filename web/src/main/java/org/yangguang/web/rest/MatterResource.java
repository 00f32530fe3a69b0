package org.yangguang.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yangguang.catalog.CatalogService;
import org.yangguang.catalog.MatterQuery;
import org.yangguang.catalog.MatterType;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.InvalidInputException.Problem;
import org.yangguang.shared.PageRequest;
import org.yangguang.shared.SystemText;
import org.yangguang.web.rest.ApiViews.MatterDetail;
import org.yangguang.web.rest.ApiViews.MatterItem;
import org.yangguang.web.rest.ApiViews.MatterList;

/** The published catalog (办事指南) for everyone: search and one matter with all its elements. */
@Path("/v1/matters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "办事指南", description = "已发布事项的公开查询，无需登录")
public class MatterResource {
    public static final int MAX_PAGE_SIZE = 100;

    @Inject
    CatalogService catalog;

    @GET
    @Operation(summary = "检索已发布事项", description = "q 匹配事项名称或编码（支持中文）；page 从1开始；size 1..100")
    @APIResponse(responseCode = "200", description = "{items, total}")
    @APIResponse(responseCode = "400", description = "参数无效（problem JSON）")
    public MatterList search(@QueryParam("q") String q, @QueryParam("department") String department,
            @QueryParam("type") String type, @QueryParam("page") String page, @QueryParam("size") String size) {
        List<Problem> errors = new ArrayList<>();
        int pageNo = intParam("page", page, 1, 1, Integer.MAX_VALUE / MAX_PAGE_SIZE, errors);
        int pageSize = intParam("size", size, 20, 1, MAX_PAGE_SIZE, errors);
        MatterType matterType = null;
        if (type != null && !type.isBlank()) {
            try {
                matterType = MatterType.valueOf(type.trim());
            } catch (IllegalArgumentException e) {
                errors.add(new Problem("type", SystemText.of("api.matterTypeUnknownChoices", type, List.of(MatterType.values()).toString())));
            }
        }
        if (q != null && q.length() > 100) errors.add(new Problem("q", SystemText.of("api.queryTooLong")));
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        var found = catalog.searchPublished(MatterQuery.published(q, blankToNull(department), matterType),
                PageRequest.of(pageNo, pageSize));
        return new MatterList(found.items().stream().map(MatterItem::of).toList(), found.total());
    }

    @GET
    @Path("/{implementationCode}")
    @Operation(summary = "查询一个已发布事项的全部要素")
    @APIResponse(responseCode = "200", description = "事项")
    @APIResponse(responseCode = "404", description = "没有这个已发布事项（problem JSON）")
    public MatterDetail get(@PathParam("implementationCode") String implementationCode) {
        return MatterDetail.of(catalog.published(implementationCode));
    }

    static int intParam(String name, String raw, int dflt, int min, int max, List<Problem> errors) {
        if (raw == null || raw.isBlank()) return dflt;
        try {
            int v = Integer.parseInt(raw.trim());
            if (v < min || v > max) {
                errors.add(new Problem(name, SystemText.of("api.intRange", min, max)));
                return dflt;
            }
            return v;
        } catch (NumberFormatException e) {
            errors.add(new Problem(name, SystemText.of("api.notInteger")));
            return dflt;
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
