package org.yangguang.web.rest;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import org.yangguang.shared.Violations;

/**
 * Bean Validation failures as 400 problem JSON, one entry per field. Registered for the exact
 * type so it replaces RESTEasy's built-in plain-text report. Each message is put into words
 * again from its template in the language of the answer (a violation raised inside a service
 * was worded in the server's language).
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        return response(e, ApiLanguage.of(headers));
    }

    static Response response(ConstraintViolationException e, Locale locale) {
        List<String> errors = e.getConstraintViolations().stream()
                .map(v -> Violations.field(v) + ": " + Violations.message(v, locale)).sorted().toList();
        return Problems.response(400, ApiLanguage.title("api.title.invalid", locale), String.join("; ", errors), errors);
    }
}
