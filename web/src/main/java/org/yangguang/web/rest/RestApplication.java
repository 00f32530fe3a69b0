package org.yangguang.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API for upper-level platforms (三级联动) and integrators. The OpenAPI document is served
 * by the server at {@code /openapi}. Reads of the published catalog are public; everything else
 * needs HTTP Basic credentials of a user with the right role.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "阳光政务 Yangguang API", version = "1",
        description = "事项目录（办事指南）的公开查询，以及事项起草、审核、发布和Excel导入导出。错误一律以 RFC 9457 problem JSON 返回。"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {}
