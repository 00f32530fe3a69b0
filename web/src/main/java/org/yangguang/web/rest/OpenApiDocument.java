package org.yangguang.web.rest;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Finishes the OpenAPI document the server builds from the annotations, so that it says what the
 * API really does (registered as {@code mp.openapi.filter}):
 * <ul>
 * <li>every operation that takes HTTP Basic takes an API key as well (the one authentication
 * mechanism accepts both), so the key is offered as the alternative;
 * <li>the optimistic-lock {@code version} is required wherever a schema has one
 * ({@link StrictJsonTypes} refuses a body without it).
 * </ul>
 * Whether the result is valid OpenAPI 3.1 is checked by {@code OpenApiIT} with a validator.
 */
public class OpenApiDocument implements OASFilter {
    public static final String BASIC = "basic";
    public static final String API_KEY = "apiKey";

    @Override
    public Operation filterOperation(Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity();
        if (security != null && security.stream().anyMatch(r -> r.hasScheme(BASIC))
                && security.stream().noneMatch(r -> r.hasScheme(API_KEY))) {
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(API_KEY));
        }
        return operation;
    }

    @Override
    public Schema filterSchema(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null && properties.containsKey(StrictJsonTypes.VERSION)
                && (schema.getRequired() == null || !schema.getRequired().contains(StrictJsonTypes.VERSION))) {
            schema.addRequired(StrictJsonTypes.VERSION);
        }
        return schema;
    }
}
