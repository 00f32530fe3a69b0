package org.yangguang.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yangguang.interaction.attention.AttentionService;
import org.yangguang.interaction.attention.AttentionStatistics;

/**
 * 关注度分析 on the API, for the office and the supervision office (any other role: 403): the
 * statistics of a month or a quarter, and the letters behind any of its numbers.
 */
@Path("/v1/interaction/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "关注度分析", description = "来信按月份、类别、承办部门、热点话题统计；答复用时分布、按时答复率；好差评结果（政务公开办、监察机关）")
@SecurityRequirement(name = OpenApiDocument.BASIC)
public class StatisticsResource {

    @Inject
    AttentionService attention;

    @GET
    @Operation(summary = "关注度分析：period=2026-11（月）或 2026-Q4（季度），必填；department=部门编码（可选，只统计该部门承办的来信和该部门的评价）。"
            + "热点话题为来信主题和内容经中文分词后的关键词（去除停用词和单字），growthPercent 为较上一期的增幅（上一期为 0 时为 null）")
    public AttentionStatistics statistics(@QueryParam("period") String period, @QueryParam("department") String department) {
        return attention.statistics(period, department);
    }

    @GET
    @Path("/letters")
    @Operation(summary = "下钻：统计数字背后的来信（period 必填；可选 department, month=2026-11, category, handler=DEPARTMENT|OFFICE|UNROUTED, "
            + "handlerDepartment=承办部门编码, topic=关键词, bucket=答复用时档, timeliness=ON_TIME|LATE|NOT_COUNTED）")
    public List<AttentionService.LetterLine> letters(@QueryParam("period") String period, @QueryParam("department") String department,
            @QueryParam("month") String month, @QueryParam("category") String category, @QueryParam("handler") String handler,
            @QueryParam("handlerDepartment") String handlerDepartment, @QueryParam("topic") String topic,
            @QueryParam("bucket") String bucket, @QueryParam("timeliness") String timeliness) {
        return attention.letters(period, department, month, category, handler, handlerDepartment, topic, bucket, timeliness);
    }
}
