package org.yangguang.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.yangguang.organization.Department;
import org.yangguang.shared.ForbiddenException;
import org.yangguang.shared.SystemText;

/**
 * The account of whoever calls the service, as the server authenticated it. Department scoping
 * starts here: a department role only ever acts for {@link #department()}.
 */
@Stateless
@PermitAll
@jakarta.annotation.security.DeclareRoles({Role.OFFICE_ADMIN_NAME, Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME,
        Role.SUPERVISOR_NAME, Role.DISCLOSURE_EDITOR_NAME, Role.DISCLOSURE_REVIEWER_NAME, Role.API_CLIENT_NAME})
public class CurrentUser {

    @Resource
    SessionContext context;

    @PersistenceContext
    EntityManager em;

    public String username() {
        return context.getCallerPrincipal().getName();
    }

    public boolean isCallerIn(Role role) {
        return context.isCallerInRole(role.name());
    }

    public boolean isOffice() {
        return context.isCallerInRole(Role.OFFICE_ADMIN_NAME);
    }

    /** Department users see their own department's cases only; office, supervision and platforms see all. */
    public boolean seesOwnCasesOnly() {
        return !isOffice() && !isCallerIn(Role.SUPERVISOR) && !isCallerIn(Role.API_CLIENT);
    }

    /**
     * The department whose unpublished catalog drafts the caller may read: null for the office
     * (all of them), "" for a caller without a department (none).
     */
    public String draftsOf() {
        if (isOffice()) return null;
        Department d = department();
        return d == null ? "" : d.getCode();
    }

    /**
     * User name → account id. A name never changes and an id is never reused, so this is never
     * stale; the account itself then comes from the second-level cache by id (a query, even one
     * from the query cache, cost several times more on every request).
     */
    private static final java.util.Map<String, Long> IDS = new java.util.concurrent.ConcurrentHashMap<>();

    public UserAccount account() {
        String name = username();
        Long id = IDS.get(name);
        UserAccount account = id == null ? null : em.find(UserAccount.class, id);
        if (account == null) {
            account = em.createNamedQuery("UserAccount.findByUsername", UserAccount.class).setParameter("username", name)
                    .getResultList().stream().findFirst().orElseThrow(() -> new ForbiddenException(SystemText.of("account.unknown", name)));
            IDS.put(name, account.getId());
        }
        org.hibernate.Hibernate.initialize(account.getDepartment()); // read after this transaction ends
        return account;
    }

    @jakarta.inject.Inject
    org.yangguang.shared.RequestMemo memo;

    /** The caller's department, or null for office-wide roles (read once per request). */
    public Department department() {
        return memo.get("department:" + username(), () -> account().getDepartment());
    }

    /** Office staff act for every department; a department user only for the own. */
    public void requireActsFor(Department department) {
        if (isOffice()) {
            return;
        }
        Department own = department();
        if (own == null || !own.equals(department)) {
            throw new ForbiddenException(own == null ? SystemText.of("account.otherDepartmentWithoutOwn", department.getName())
                    : SystemText.of("account.otherDepartment", own.getName(), department.getName()));
        }
    }
}
