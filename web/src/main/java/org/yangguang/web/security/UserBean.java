package org.yangguang.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.yangguang.organization.Department;
import org.yangguang.security.CurrentUser;
import org.yangguang.security.Role;
import org.yangguang.security.UserAccount;

/** Who is looking at the page, for menus, greetings and which buttons to show. */
@Named("user")
@RequestScoped
public class UserBean {

    @Inject
    SecurityContext security;

    @Inject
    CurrentUser currentUser;

    private UserAccount account;

    /** WildFly reports an unauthenticated caller as the principal "anonymous". */
    public boolean isLoggedIn() {
        var principal = security.getCallerPrincipal();
        return principal != null && !"anonymous".equals(principal.getName());
    }

    public boolean has(String role) {
        return security.isCallerInRole(role);
    }

    public boolean isOffice() {
        return has(Role.OFFICE_ADMIN_NAME);
    }

    /** Whether the user works in the UI: any role but the API client's. */
    public boolean isStaff() {
        return isOffice() || has(Role.DEPT_CLERK_NAME) || has(Role.DEPT_APPROVER_NAME) || has(Role.SUPERVISOR_NAME)
                || has(Role.DISCLOSURE_EDITOR_NAME) || has(Role.DISCLOSURE_REVIEWER_NAME);
    }

    public boolean isDrafter() {
        return isOffice() || has(Role.DEPT_CLERK_NAME);
    }

    public UserAccount getAccount() {
        if (account == null && isLoggedIn()) {
            account = currentUser.account();
        }
        return account;
    }

    public String getDisplayName() {
        UserAccount a = getAccount();
        return a == null ? "" : a.getDisplayName();
    }

    public Department getDepartment() {
        UserAccount a = getAccount();
        return a == null ? null : a.getDepartment();
    }

    /** Whether the user works cases of this department (clerk or approver of it). */
    public boolean mayDraftForCase(String departmentCode) {
        Department d = getDepartment();
        return (has(Role.DEPT_CLERK_NAME) || has(Role.DEPT_APPROVER_NAME)) && d != null && d.getCode().equals(departmentCode);
    }

    public boolean isCaseWorker() {
        return has(Role.DEPT_CLERK_NAME) || has(Role.DEPT_APPROVER_NAME);
    }

    /** Whether the user may draft changes for this department's matters. */
    public boolean mayDraftFor(String departmentCode) {
        if (isOffice()) return true;
        Department d = getDepartment();
        return has(Role.DEPT_CLERK_NAME) && d != null && d.getCode().equals(departmentCode);
    }
}
