package org.yangguang.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.yangguang.audit.AuditLog;

/**
 * Checks a username and password for the identity store, counting failures and locking the
 * account at the policy's threshold. Runs in its own transaction so that a failed attempt is
 * recorded even though the login itself fails.
 */
@Stateless
@PermitAll
public class LoginService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    /** Who logged in: the stored username (not what was typed) and the roles. */
    public record Login(String username, Set<String> roles) {}

    /** The login if the credentials are right and the account may log in. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Login> authenticate(String username, char[] password) {
        if (username == null || username.isBlank() || password == null) {
            return Optional.empty();
        }
        Optional<UserAccount> found = em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
                .setParameter("username", username.trim())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (found.isEmpty()) {
            // Same cost as a real check, so response time does not reveal which usernames exist.
            passwords.hash(password);
            failed(username.trim(), "未知用户");
            return Optional.empty();
        }
        UserAccount account = found.get();
        Instant now = clock.instant();
        if (!account.canLogIn(now)) {
            failed(account.getUsername(), account.isLocked(now) ? "账户已锁定" : "账户已停用");
            return Optional.empty();
        }
        if (!passwords.verify(password, account.getPasswordHash())) {
            LoginPolicy policy = LoginPolicy.fromSystemProperties();
            account.recordFailedLogin(now, policy.maxFailures(), policy.lockDuration());
            failed(account.getUsername(), "密码错误");
            if (account.isLocked(now)) {
                audit.recordAs(account.getUsername(), "ACCOUNT_LOCKED", "UserAccount", account.getUsername(),
                        null, "连续登录失败" + policy.maxFailures() + "次，锁定至 " + account.getLockedUntil());
            }
            return Optional.empty();
        }
        account.recordSuccessfulLogin(now);
        return Optional.of(new Login(account.getUsername(), account.roleNames()));
    }

    /** Every failed login is on the audit trail (successful form logins are recorded by the login page). */
    private void failed(String username, String why) {
        audit.recordAs(username.length() > 40 ? username.substring(0, 40) : username, "LOGIN_FAILED", "UserAccount",
                username, null, why);
    }
}
