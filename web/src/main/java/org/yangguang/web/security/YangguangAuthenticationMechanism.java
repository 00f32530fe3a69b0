package org.yangguang.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * One mechanism for the whole application, on the server's Jakarta Security:
 * <ul>
 *   <li>the login form calls {@code SecurityContext.authenticate} with the typed credentials;</li>
 *   <li>REST clients send HTTP Basic credentials with each request (no session kept);</li>
 *   <li>an anonymous request for a protected page is sent to the login form, one for a protected
 *       API resource gets 401 problem JSON.</li>
 * </ul>
 * The session remembers a login on the pages (the form, or a browser's HTTP Basic), as
 * {@code @AutoApplySession} would; but an API call that brings its own credentials (HTTP Basic, an
 * API key) gets no session: a script's every call made one that {@link StatelessApiFilter} then
 * had to drop again (about 5% of the CPU of a case read).
 */
@ApplicationScoped
public class YangguangAuthenticationMechanism implements HttpAuthenticationMechanism {
    public static final String LOGIN_PAGE = "/login.xhtml";
    public static final String REALM = "yangguang";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    RateLimits limits;

    @Inject
    org.yangguang.security.ApiKeys apiKeys;

    /** Request attribute: this request authenticated itself with an API key (not a session). */
    public static final String BY_API_KEY = YangguangAuthenticationMechanism.class.getName() + ".apiKey";

    /** The Jakarta Authentication key that asks the container to keep the login in the session. */
    static final String REGISTER_SESSION = "jakarta.servlet.http.registerSession";

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        Principal remembered = request.getUserPrincipal();
        if (remembered != null) {
            // the session's login (what @AutoApplySession does first)
            try {
                context.getHandler().handle(new Callback[] {new CallerPrincipalCallback(context.getClientSubject(), remembered)});
            } catch (java.io.IOException | UnsupportedCallbackException e) {
                throw new AuthenticationException(e);
            }
            return AuthenticationStatus.SUCCESS;
        }
        Credential credential = context.getAuthParameters().getCredential();
        String authorization = request.getHeader("Authorization");
        boolean basicLogin = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7) && isApi(request)) {
            // machines: an API key, never subject to password lockout
            var login = apiKeys.authenticate(authorization.substring(7).trim());
            if (login.isPresent()) {
                request.setAttribute(BY_API_KEY, Boolean.TRUE);
                return context.notifyContainerAboutLogin(login.get().username(), new java.util.HashSet<>(login.get().roles()));
            }
            limits.use(RateLimits.Limit.LOGIN_FAILURES, request.getRemoteAddr());
            return unauthorized(request, response, context, "API密钥无效或已吊销");
        }
        if (credential != null || basicLogin) {
            // too many failed logins from this address, whatever the user names: no more guesses for a while
            long wait = limits.blocked(RateLimits.Limit.LOGIN_FAILURES, request.getRemoteAddr());
            if (wait > 0) {
                if (credential == null) {
                    try {
                        PublicApiThrottle.tooMany(response, wait);
                        response.flushBuffer();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                return AuthenticationStatus.SEND_FAILURE;
            }
        }
        if (credential != null) {
            AuthenticationStatus status = context.notifyContainerAboutLogin(counted(request, identityStores.validate(credential)));
            if (status == AuthenticationStatus.SUCCESS) {
                context.getMessageInfo().getMap().put(REGISTER_SESSION, Boolean.TRUE.toString()); // the login form
            }
            return status;
        }
        if (basicLogin) {
            UsernamePasswordCredential basic = decodeBasic(authorization.substring(6).trim());
            CredentialValidationResult result = counted(request, basic == null ? CredentialValidationResult.INVALID_RESULT
                    : identityStores.validate(basic));
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                AuthenticationStatus status = context.notifyContainerAboutLogin(result);
                if (status == AuthenticationStatus.SUCCESS && !isApi(request)) {
                    context.getMessageInfo().getMap().put(REGISTER_SESSION, Boolean.TRUE.toString()); // a browser's Basic login
                }
                return status;
            }
            return unauthorized(request, response, context, "用户名或密码错误，或账户已被停用或锁定");
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return unauthorized(request, response, context, "此接口需要登录（HTTP Basic）");
        }
        String next = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                + URLEncoder.encode(next, StandardCharsets.UTF_8));
    }

    /** A failed login counts against the caller's address. */
    private CredentialValidationResult counted(HttpServletRequest request, CredentialValidationResult result) {
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            limits.use(RateLimits.Limit.LOGIN_FAILURES, request.getRemoteAddr());
        }
        return result;
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /**
     * 401 through the container's error handling: the error page {@link UnauthorizedServlet}
     * answers problem JSON with this detail.
     */
    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, String detail) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        request.setAttribute(UnauthorizedServlet.DETAIL, detail);
        return context.responseUnauthorized();
    }

    private static UsernamePasswordCredential decodeBasic(String token) {
        try {
            String decoded = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 1 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
