package org.yangguang.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yangguang.security.ApiKey;
import org.yangguang.security.ApiKeys;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.SystemText;

/** API keys for machine accounts: the office issues and revokes them. */
@Path("/v1/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "API密钥", description = "接口账户的API密钥（Authorization: Bearer ygk.…），由政务公开办签发和吊销")
@SecurityRequirement(name = OpenApiDocument.BASIC)
public class ApiKeyResource {

    @Inject
    ApiKeys keys;

    public record KeyView(long id, int version, String name, String username, Instant issuedAt, String issuedBy,
            boolean active, Instant revokedAt, String revokedBy, String revokeReason, Instant lastUsedAt) {
        static KeyView of(ApiKey k) {
            return new KeyView(k.getId(), k.getVersion(), k.getName(), k.getAccount().getUsername(), k.getIssuedAt(),
                    k.getIssuedBy(), k.isActive(), k.getRevokedAt(), k.getRevokedBy(), k.getRevokeReason(), k.getLastUsedAt());
        }
    }

    public record IssueRequest(String username, String name) {}

    public record IssuedView(KeyView key, String token) {}

    public record RevokeRequest(Integer version, String reason) {}

    @GET
    @Operation(summary = "全部API密钥（不含密钥本身）")
    public List<KeyView> all() {
        return keys.all().stream().map(KeyView::of).toList();
    }

    @POST
    @Operation(summary = "签发API密钥：token 只在此次返回，之后无法再查看")
    public Response issue(IssueRequest r) {
        if (r == null) throw new InvalidInputException(SystemText.of("api.bodyMissing"));
        ApiKeys.Issued issued = keys.issue(r.username() == null ? "" : r.username(), r.name());
        return Response.status(201).entity(new IssuedView(KeyView.of(issued.key()), issued.token())).build();
    }

    @POST
    @Path("/{id}/revoke")
    @Operation(summary = "吊销API密钥（须写明原因），记录保留")
    public KeyView revoke(@PathParam("id") long id, RevokeRequest r) {
        if (r == null || r.version() == null) throw new InvalidInputException("version", SystemText.of("api.keyVersionMissing"));
        return KeyView.of(keys.revoke(id, r.reason(), r.version()));
    }
}
