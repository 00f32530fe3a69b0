package org.yangguang.web.support;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.ForbiddenException;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.Refusal;
import org.yangguang.shared.SystemText;
import org.yangguang.shared.Violations;
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

    /**
     * What went wrong, in the visitor's language: a service's problems each at its field (or as a
     * message of the page), a Bean Validation failure put into words again from its template (it
     * was made in the server's language inside the service), a refusal's system text.
     */
    public static void report(Throwable thrown) {
        Throwable e = org.yangguang.shared.Failures.cause(thrown);
        Locale locale = locale();
        if (e instanceof InvalidInputException invalid) {
            invalid.problems().forEach(p -> invalid(p, locale));
        } else if (e instanceof ConstraintViolationException cve) {
            cve.getConstraintViolations().forEach(v -> atField(leaf(v.getPropertyPath().toString()), Violations.message(v, locale)));
        } else if (e instanceof ConflictException || e instanceof ForbiddenException || e instanceof NotFoundException) {
            error(LocaleBean.words(((Refusal) e).text(), locale));
        } else if (e instanceof OptimisticLockException) {
            error(text("error.conflict"));
        } else if (e instanceof EJBAccessException || e instanceof SecurityException) {
            error(text("error.403"));
        } else if (e instanceof Refusal r) {
            // a domain rule's refusal that reached the page unconverted: its words, not a failure
            error(LocaleBean.words(r.text(), locale));
        } else {
            LOG.log(Level.SEVERE, "Unexpected error in a page action", thrown);
            error(text("error.500"));
        }
    }

    /** The visitor's language (the page's, as the language switch set it). */
    public static Locale locale() {
        return jakarta.enterprise.inject.spi.CDI.current().select(LocaleBean.class).get().getLocale();
    }

    /**
     * A service's problem on a page: its text without the field's name, shown at the field when
     * the page has an input of that id (in the submitted form) with a place for its messages;
     * otherwise as a message of the page. A page never shows an internal field name.
     */
    static void invalid(InvalidInputException.Problem problem, Locale locale) {
        String words = LocaleBean.words(problem.text(), locale);
        if (problem.field() != null) {
            atField(leaf(problem.field()), words);
        } else {
            error(words);
        }
    }

    private static String leaf(String path) {
        String p = path.replaceAll("\\[[^]]*]", "");
        return p.substring(p.lastIndexOf('.') + 1);
    }

    private static void atField(String field, String text) {
        FacesContext fc = FacesContext.getCurrentInstance();
        jakarta.faces.component.UIInput input = field.isEmpty() ? null : inputOf(fc, field);
        if (input != null && hasMessagePlace(fc, input)) {
            input.setValid(false);
            errorFor(input.getClientId(fc), text);
        } else {
            error(text);
        }
    }

    /** The rendered input with this id in the form that was submitted. */
    private static jakarta.faces.component.UIInput inputOf(FacesContext fc, String id) {
        jakarta.faces.component.UIInput[] found = new jakarta.faces.component.UIInput[1];
        jakarta.faces.component.visit.VisitContext visit = jakarta.faces.component.visit.VisitContext.createVisitContext(fc);
        fc.getViewRoot().visitTree(visit, (context, component) -> {
            if (component instanceof jakarta.faces.component.UIForm form && !form.isSubmitted()) {
                return jakarta.faces.component.visit.VisitResult.REJECT;
            }
            if (component instanceof jakarta.faces.component.UIInput in && id.equals(in.getId())) {
                found[0] = in;
                return jakarta.faces.component.visit.VisitResult.COMPLETE;
            }
            return jakarta.faces.component.visit.VisitResult.ACCEPT;
        });
        return found[0];
    }

    /** A message component for the input, or one for all messages of its form. */
    private static boolean hasMessagePlace(FacesContext fc, jakarta.faces.component.UIInput input) {
        jakarta.faces.component.UIComponent form = input;
        while (form != null && !(form instanceof jakarta.faces.component.UIForm)) form = form.getParent();
        boolean[] place = new boolean[1];
        jakarta.faces.component.UIComponent root = form == null ? fc.getViewRoot() : form;
        root.visitTree(jakarta.faces.component.visit.VisitContext.createVisitContext(fc), (context, c) -> {
            if (c instanceof jakarta.faces.component.UIMessage m && input.getId().equals(m.getFor())
                    || c instanceof jakarta.faces.component.UIMessages ms && !ms.isGlobalOnly()) {
                place[0] = true;
                return jakarta.faces.component.visit.VisitResult.COMPLETE;
            }
            return jakarta.faces.component.visit.VisitResult.ACCEPT;
        });
        return place[0];
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

    /** Several texts of the services (the lines of a file that failed), each a message of the page. */
    public static void errors(List<SystemText> texts) {
        Locale locale = locale();
        texts.forEach(t -> error(LocaleBean.words(t, locale)));
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

    /**
     * A page of published content (the disclosure portal) counted by {@link PublicLimits} with the
     * published-content API: true (with the message) if this address has read its fill.
     */
    public static boolean publishedThrottled(PublicLimits limits) {
        long wait = limits.published(clientAddress());
        if (wait > 0) tooMany(wait);
        return wait > 0;
    }

    /** Before a submission from a page: true (with the message) if this address has used up its submissions. */
    public static boolean submissionsUsedUp(PublicLimits limits) {
        long wait = limits.submissionBlocked(clientAddress());
        if (wait > 0) tooMany(wait);
        return wait > 0;
    }

    /**
     * A text of the pages' bundle in the visitor's language, with {0}-style arguments. The
     * visitor's, not the view's: a page refused in its view action (a limit used up) has no view
     * locale from the language switch yet, only the browser's.
     */
    public static String text(String key, Object... args) {
        Locale locale = locale();
        try {
            String pattern = ResourceBundle.getBundle("org.yangguang.web.messages", locale).getString(key);
            return args.length == 0 ? pattern : new java.text.MessageFormat(pattern, locale).format(args);
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
