package org.yangguang.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.ExternalDocumentation;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API for upper-level platforms (三级联动) and integrators. The OpenAPI document is served
 * by the server at {@code /openapi} (finished by {@link OpenApiDocument}). Reads of the published
 * catalog, the calendar, published disclosure content and the public lookups by number and query
 * code are public; everything else needs HTTP Basic credentials or an API key of a user with the
 * right role.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "阳光政务 Yangguang API", version = "1",
        description = """
                阳光县政务公开、政务服务和电子监察平台的接口，供市、省平台（三级联动）和其他系统对接：
                事项目录（办事指南）的公开查询，事项起草、审核、发布和Excel导入导出；工作日日历和期限计算；\
                办件的收件、办理操作、文书和公众查询；电子监察（监察单、纠错督办、投诉、绩效考核、规则与设置）；\
                政府信息公开（依申请公开、主动公开、年度报告、发布包）；夜间批处理作业；API密钥和审计日志。

                认证：HTTP Basic（basic），或政务公开办签发的API密钥（apiKey，Authorization: Bearer ygk.…）。\
                公开接口（/api/v1/matters、/api/v1/calendar、/api/v1/public/…、已发布的年度报告）无需登录；\
                凭编号和查询码的公开查询按客户端地址限流，超限返回 429 和 Retry-After。

                错误一律以 RFC 9457 problem JSON（application/problem+json）返回：400 输入无效（errors 列出每个字段），\
                401 未登录，403 无权，404 不存在，409 状态冲突或并发修改，413 请求体过大，415 请求体格式不对，429 请求过于频繁。\
                修改须带读取时的 version（乐观锁），缺少时返回 400。JSON 请求体不得有重复的键，嵌套不超过32层。""",
        // WildFly writes info.license and externalDocs into /openapi whether or not the application
        // declares them, as empty objects when it does not, and an empty one is invalid OpenAPI
        // (a license needs its name, a document its url): so both are declared. The license can be
        // set for a deployment with -Dmp.openapi.extensions.smallrye.info.license.name=… and .identifier=…
        license = @License(name = "阳光政务 Yangguang（许可条款见源代码仓库）", identifier = "LicenseRef-Yangguang")),
        externalDocs = @ExternalDocumentation(description = "错误响应的格式：RFC 9457 Problem Details for HTTP APIs",
                url = "https://www.rfc-editor.org/rfc/rfc9457"))
@SecurityScheme(securitySchemeName = OpenApiDocument.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "用户名和密码（工作人员脚本、上级平台账号）")
@SecurityScheme(securitySchemeName = OpenApiDocument.API_KEY, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "ygk.<id>.<secret>", description = "政务公开办签发的API密钥（用户管理 → API密钥）：Authorization: Bearer ygk.…")
public class RestApplication extends Application {}
