package org.yangguang.web.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Bean Validation failures as 400 problem JSON, one entry per field. Registered for the exact
 * type so it replaces RESTEasy's built-in plain-text report.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<String> errors = e.getConstraintViolations().stream().map(ConstraintViolationMapper::describe).sorted().toList();
        return Problems.response(400, "请求无效", String.join("; ", errors), errors);
    }

    static String describe(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        // "draftNew.draft.materials[0].name" -> "materials[0].name": drop method and parameter names
        String[] parts = path.split("\\.");
        String field = parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length))
                : parts[parts.length - 1];
        return field + ": " + v.getMessage();
    }
}
