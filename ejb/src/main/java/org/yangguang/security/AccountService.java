package org.yangguang.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.yangguang.audit.AuditLog;
import org.yangguang.organization.Department;
import org.yangguang.organization.DepartmentRepository;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.Like;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.Page;
import org.yangguang.shared.PageRequest;
import org.yangguang.shared.SystemText;

/** The office manages users: create, assign roles and department, disable, reset, unlock. */
@Stateless
@RolesAllowed(Role.OFFICE_ADMIN_NAME)
public class AccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    DepartmentRepository departments;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Caches of verified credentials forget the account (password, roles, enabled changed). */
    @Inject
    jakarta.enterprise.event.Event<AccountChanged> changed;

    public Page<UserAccount> find(String text, PageRequest page) {
        String where = text == null || text.isBlank() ? ""
                : " where lower(u.username) like lower(:t) escape '\\' or u.displayName like :t escape '\\'";
        var q = em.createQuery("select u from UserAccount u left join fetch u.department" + where
                + " order by u.username", UserAccount.class);
        var c = em.createQuery("select count(u) from UserAccount u" + where, Long.class);
        if (!where.isEmpty()) {
            q.setParameter("t", Like.contains(text));
            c.setParameter("t", Like.contains(text));
        }
        return new Page<>(q.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(),
                c.getSingleResult());
    }

    public UserAccount create(@NotNull @Valid NewUser user) {
        Passwords.checkStrength(user.password());
        if (findAccount(user.username()) != null) {
            throw new ConflictException(SystemText.of("account.exists", user.username()));
        }
        UserAccount account = new UserAccount(user.username(), user.displayName(),
                passwords.hash(user.password().toCharArray()), department(user.departmentCode()), user.roles(),
                clock.instant());
        account.issueTemporaryPassword(account.getPasswordHash()); // the office chose it: the user replaces it
        em.persist(account);
        audit.record("USER_CREATE", "UserAccount", account.getUsername(), null, account.summary());
        return account;
    }

    public UserAccount assign(@NotBlank String username, @NotNull @NotEmpty Set<Role> roles,
            String departmentCode, @NotBlank String displayName, int expectedVersion) {
        UserAccount account = existing(username, expectedVersion);
        String before = account.summary();
        account.rename(displayName);
        account.assign(roles, department(departmentCode));
        audit.record("USER_UPDATE", "UserAccount", username, before, account.summary());
        changed.fire(new AccountChanged(username));
        return account;
    }

    public void resetPassword(@NotBlank String username, @NotBlank String newPassword) {
        Passwords.checkStrength(newPassword);
        UserAccount account = existing(username, -1);
        account.issueTemporaryPassword(passwords.hash(newPassword.toCharArray()));
        clearLocks(username);
        audit.record("USER_RESET_PASSWORD", "UserAccount", username, null, "密码已重置");
    }

    public void setEnabled(@NotBlank String username, boolean enabled) {
        UserAccount account = existing(username, -1);
        String before = account.summary();
        if (enabled) account.enable(); else account.disable();
        audit.record(enabled ? "USER_ENABLE" : "USER_DISABLE", "UserAccount", username, before, account.summary());
        changed.fire(new AccountChanged(username));
    }

    public void unlock(@NotBlank String username) {
        UserAccount account = existing(username, -1);
        String before = "lockedUntil=" + account.getLockedUntil();
        account.unlock();
        clearLocks(username);
        audit.record("USER_UNLOCK", "UserAccount", username, before, "unlocked");
    }

    /** The account's locks from every address; and any credentials cached for it are forgotten. */
    private void clearLocks(String username) {
        em.createQuery("delete from LoginLock l where l.username = :u").setParameter("u", username).executeUpdate();
        changed.fire(new AccountChanged(username));
    }

    public List<Role> roles() {
        return List.of(Role.values());
    }

    private UserAccount existing(String username, int expectedVersion) {
        UserAccount account = findAccount(username);
        if (account == null) {
            throw new NotFoundException(SystemText.of("account.notFound", username));
        }
        if (expectedVersion >= 0 && account.getVersion() != expectedVersion) {
            throw new ConflictException(SystemText.of("account.changedByOthers"));
        }
        return account;
    }

    private UserAccount findAccount(String username) {
        return em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
                .setParameter("username", username).getResultStream().findFirst().orElse(null);
    }

    private Department department(String code) {
        return code == null || code.isBlank() ? null : departments.require(code);
    }
}
