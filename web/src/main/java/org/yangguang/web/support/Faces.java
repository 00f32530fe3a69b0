package org.yangguang.web.support;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.ForbiddenException;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.NotFoundException;
import org.yangguang.web.security.PublicLimits;

/**
 * Runs a use case from a page and turns what can go wrong into messages the clerk understands.
 * A failed operation changes nothing (the service rolled back), and the form keeps its input.
 */
public final class Faces {
    private static final Logger LOG = Logger.getLogger(Faces.class.getName());

    private Faces() {}

    /** Runs the action; on failure shows messages and returns null. */
    public static <T> T attempt(Supplier<T> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            report(e);
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
    }

    public static boolean attempt(Runnable action) {
        return attempt(() -> {
            action.run();
            return Boolean.TRUE;
        }) != null;
    }

    public static void report(Throwable thrown) {
        Throwable e = org.yangguang.shared.Failures.cause(thrown);
        if (e instanceof InvalidInputException invalid) {
            invalid.errors().forEach(Faces::error);
        } else if (e instanceof ConstraintViolationException cve) {
            cve.getConstraintViolations().forEach(v -> error(v.getMessage()));
        } else if (e instanceof ConflictException || e instanceof ForbiddenException || e instanceof NotFoundException) {
            error(e.getMessage());
        } else if (e instanceof OptimisticLockException) {
            error(text("error.conflict"));
        } else if (e instanceof EJBAccessException || e instanceof SecurityException) {
            error(text("error.403"));
        } else {
            LOG.log(Level.SEVERE, "Unexpected error in a page action", thrown);
            error(text("error.500"));
        }
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** A message for one component (shown by its p:message, or a p:messages that is not global-only). */
    public static void infoFor(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public static void errorFor(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        FacesContext.getCurrentInstance().validationFailed();
    }

    public static void errors(List<String> texts) {
        texts.forEach(Faces::error);
    }

    /** The caller's address, for the rate limits. */
    public static String clientAddress() {
        return ((jakarta.servlet.http.HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getRemoteAddr();
    }

    /**
     * The message "try again in N seconds", with Retry-After. A full page answers 429; an AJAX
     * request keeps 200, because PrimeFaces drops a partial response with an error status and the
     * user would see nothing at all.
     */
    public static void tooMany(long seconds) {
        FacesContext fc = FacesContext.getCurrentInstance();
        jakarta.faces.context.ExternalContext ec = fc.getExternalContext();
        if (!fc.getPartialViewContext().isAjaxRequest()) ec.setResponseStatus(429);
        ec.setResponseHeader("Retry-After", String.valueOf(seconds));
        error(text("common.tooMany", seconds));
        fc.validationFailed();
    }

    /**
     * A public lookup by number and query code from a page, counted by {@link PublicLimits} with
     * the API's lookups of the same kind: true (with the message) if refused.
     */
    public static boolean throttled(PublicLimits limits, PublicLimits.Kind kind, String number) {
        long wait = limits.lookup(clientAddress(), kind, number == null ? "" : number);
        if (wait > 0) tooMany(wait);
        return wait > 0;
    }

    /** Before a submission from a page: true (with the message) if this address has used up its submissions. */
    public static boolean submissionsUsedUp(PublicLimits limits) {
        long wait = limits.submissionBlocked(clientAddress());
        if (wait > 0) tooMany(wait);
        return wait > 0;
    }

    /** A text of the page's bundle in the view's locale, with {0}-style arguments. */
    public static String text(String key, Object... args) {
        FacesContext fc = FacesContext.getCurrentInstance();
        try {
            ResourceBundle bundle = fc.getApplication().getResourceBundle(fc, "msg");
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : java.text.MessageFormat.format(pattern, args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static String param(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    public static void keepMessages() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
