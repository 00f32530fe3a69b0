package org.yangguang.web.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.ForbiddenException;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.Refusal;
import org.yangguang.shared.SystemText;

/**
 * Turns every exception that reaches JAX-RS into problem JSON with the right status. Nothing
 * internal (stack traces, SQL) is ever sent; unexpected errors are logged with an id the caller
 * can quote.
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    /** For the language of the texts: Chinese unless Accept-Language prefers English ({@link ApiLanguage}). */
    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = org.yangguang.shared.Failures.cause(thrown);
        Locale l = ApiLanguage.of(headers);
        if (e instanceof NotFoundException n) return Problems.response(404, title("api.title.notFound", l), words(n.text(), l));
        if (e instanceof ConflictException c) return Problems.response(409, title("api.title.conflict", l), words(c.text(), l));
        if (e instanceof OptimisticLockException) {
            return Problems.response(409, title("api.title.concurrent", l), title("api.changedByOthers", l));
        }
        if (e instanceof ForbiddenException f) return Problems.response(403, title("api.title.forbidden", l), words(f.text(), l));
        if (e instanceof EJBAccessException || e instanceof SecurityException) {
            return Problems.response(403, title("api.title.forbidden", l), title("api.roleForbidden", l));
        }
        if (e instanceof InvalidInputException invalid) {
            List<String> errors = ApiLanguage.words(invalid.problems(), l);
            return Problems.response(400, title("api.title.invalid", l), String.join("; ", errors), errors);
        }
        if (e instanceof ConstraintViolationException cve) {
            return ConstraintViolationMapper.response(cve, l);
        }
        if (e instanceof IllegalArgumentException) {
            return Problems.response(400, title("api.title.invalid", l), words(Refusal.words(e), l));
        }
        if (e instanceof jakarta.ws.rs.ProcessingException || e instanceof jakarta.json.bind.JsonbException
                || e instanceof jakarta.json.JsonException) {
            // The body could not be read as the expected JSON.
            return Problems.response(400, title("api.title.invalid", l), title("api.notJson", l));
        }
        if (e instanceof StrictJsonTypes.BodyTooLargeException tooLarge) {
            return Problems.response(413, title("api.title.tooLarge", l), words(tooLarge.text(), l));
        }
        if (e instanceof WebApplicationException wae) return fromJaxRs(wae, l);
        String incident = Long.toHexString(System.nanoTime());
        LOG.log(Level.SEVERE, "Unexpected REST error, incident " + incident, thrown);
        return Problems.response(500, title("api.title.serverError", l), words(SystemText.of("api.incident", incident), l));
    }

    private static String title(String key, Locale l) {
        return ApiLanguage.title(key, l);
    }

    private static String words(SystemText text, Locale l) {
        return ApiLanguage.words(text, l);
    }

    /** {@code QueryParam("max")} in RESTEasy's message when it cannot convert a parameter. */
    private static final Pattern PARAMETER = Pattern.compile("(?:Query|Header|Form|Matrix|Cookie)Param\\(\"([^\"]{1,60})\"\\)");

    /**
     * JAX-RS's own refusals. Their messages are RESTEasy's (codes such as RESTEASY003065, our method
     * signatures), so the caller gets a sentence per status instead. A query parameter that does not
     * convert to its Java type ({@code ?max=abc} for an Integer) is thrown by the specification as
     * 404, as if no resource matched; it is the caller's input, so 400 naming the parameter.
     */
    private static Response fromJaxRs(WebApplicationException e, Locale l) {
        int status = e.getResponse().getStatus();
        if (status == 404 && e.getCause() != null && e.getMessage() != null) {
            Matcher m = PARAMETER.matcher(e.getMessage());
            if (m.find()) {
                String error = m.group(1) + ": " + title("api.parameterFormat", l);
                return Problems.response(400, title("api.title.invalid", l), error, List.of(error));
            }
        }
        if (status >= 500) LOG.log(Level.SEVERE, "REST error", e);
        String title = e.getResponse().getStatusInfo().getReasonPhrase();
        String detail = switch (status) {
            // RESTEasy's own 400s name our Java methods (a query parameter it could not decode)
            case 400 -> "api.status.400";
            case 401 -> "api.status.401";
            case 403 -> "api.roleForbidden";
            case 404 -> "api.status.404";
            case 405 -> "api.status.405";
            case 406 -> "api.status.406";
            case 413 -> "api.title.tooLarge";
            case 415 -> "api.status.415";
            default -> status >= 500 ? "api.title.serverError" : "api.status.other";
        };
        return Problems.response(status, status == 400 ? title("api.title.invalid", l) : title, title(detail, l));
    }
}
