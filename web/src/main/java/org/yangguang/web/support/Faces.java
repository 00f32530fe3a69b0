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

    /** A text of the page's bundle in the view's locale, with {0}-style arguments. */
    /** The caller's address, for the rate limits. */
    public static String clientAddress() {
        return ((jakarta.servlet.http.HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getRemoteAddr();
    }

    /** 429 with Retry-After and the message "try again in N seconds". */
    public static void tooMany(long seconds) {
        jakarta.faces.context.ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        ec.setResponseStatus(429);
        ec.setResponseHeader("Retry-After", String.valueOf(seconds));
        error(text("common.tooMany", seconds));
    }

    /**
     * A public lookup by number ({@code kind} "cases" or "complaints", counted together with the
     * API's lookups): throttled per address and per number; true (with the message) if refused.
     */
    public static boolean throttled(org.yangguang.web.security.RateLimits limits, String kind, String number) {
        long wait = limits.use(org.yangguang.web.security.RateLimits.Limit.TRACK_BY_ADDRESS, clientAddress());
        if (wait == 0) wait = limits.use(org.yangguang.web.security.RateLimits.Limit.TRACK_BY_CASE, kind + "/" + number);
        if (wait > 0) tooMany(wait);
        return wait > 0;
    }

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
