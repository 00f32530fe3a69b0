package org.yangguang.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.yangguang.web.support.Faces;

/** The login form: hands the typed credentials to the server's Jakarta Security. */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    SecurityContext security;

    @NotBlank(message = "{yangguang.login.username.required}")
    @Size(max = 40)
    private String username;

    @NotBlank(message = "{yangguang.login.password.required}")
    @Size(max = 200)
    private String password;

    /** Where to go after login: only a path inside this application (no open redirect). */
    private String next;

    public void login() throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        HttpServletResponse response = (HttpServletResponse) ec.getResponse();
        long wait = limits.blocked(RateLimits.Limit.LOGIN_FAILURES, request.getRemoteAddr());
        if (wait > 0) {
            org.yangguang.web.support.Faces.tooMany(wait);
            fc.validationFailed();
            return;
        }
        try {
            request.changeSessionId(); // against session fixation
        } catch (IllegalStateException e) {
            request.getSession(true);
        }
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username, password)).newAuthentication(true));
        switch (status) {
            case SUCCESS -> {
                String home = home(request);
                if (ownPassword.mustChange()) {
                    // the password the office gave: replaced before anything else
                    request.getSession().setAttribute(org.yangguang.web.account.PasswordBean.MUST_CHANGE, Boolean.TRUE);
                    home = org.yangguang.web.account.PasswordBean.PAGE;
                    ec.redirect(ec.getRequestContextPath() + home);
                } else {
                    ec.redirect(ec.getRequestContextPath() + safeNext(home));
                }
                fc.responseComplete();
            }
            case SEND_CONTINUE -> fc.responseComplete();
            default -> {
                Faces.error(Faces.text("login.failed"));
                fc.validationFailed();
            }
        }
    }

    @jakarta.inject.Inject
    RateLimits limits;

    @jakarta.inject.Inject
    org.yangguang.security.OwnPassword ownPassword;

    public void logout() throws IOException, ServletException {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) ec.getRequest()).logout();
        ec.invalidateSession();
        ec.redirect(ec.getRequestContextPath() + "/");
    }

    /**
     * Where a role starts its day: department staff on 我的待办 (what waits for them), the supervision
     * office on its workspace, everyone else on the staff home.
     */
    static String home(HttpServletRequest request) {
        if (request.isUserInRole(org.yangguang.security.Role.DEPT_CLERK_NAME)
                || request.isUserInRole(org.yangguang.security.Role.DEPT_APPROVER_NAME)) {
            return "/admin/cases/todo.xhtml";
        }
        return request.isUserInRole(org.yangguang.security.Role.SUPERVISOR_NAME)
                ? "/admin/supervision/index.xhtml" : "/admin/index.xhtml";
    }

    String safeNext(String home) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.startsWith("/login.xhtml")) {
            return home;
        }
        return next;
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getNext() { return next; }

    /** The demo accounts, hinted on the login page of a demo server only (never in production). */
    public boolean isDemo() {
        return Boolean.getBoolean("yangguang.demo");
    }

    public String getDemoAccounts() {
        return String.join(" / ", org.yangguang.demo.DemoData.DEMO_USERS);
    }
    public void setNext(String next) { this.next = next; }
}
