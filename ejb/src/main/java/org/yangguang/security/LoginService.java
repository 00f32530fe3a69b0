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

    /** The login if the credentials are right and the account may log in from this address. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Login> authenticate(String username, char[] password, String address) {
        if (username == null || username.isBlank() || password == null) {
            return Optional.empty();
        }
        String from = address == null || address.isBlank() ? "unknown" : address.trim();
        // no lock on the user row: a busy API client's logins run side by side
        Optional<UserAccount> found = em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
                .setParameter("username", username.trim()).getResultStream().findFirst();
        Instant now = clock.instant();
        String refused = found.isEmpty() ? "未知用户" : !found.get().isEnabled() ? "账户已停用"
                : lockOf(found.get(), from).filter(l -> l.isLocked(now)).isPresent() ? "账户在此地址已锁定" : null;
        if (refused != null) {
            // the same cost as a real check: the answer time tells nothing about the account
            passwords.hash(password);
            failed(found.map(UserAccount::getUsername).orElse(username.trim()), refused + "（" + from + "）");
            return Optional.empty();
        }
        UserAccount account = found.get();
        if (!passwords.verify(password, account.getPasswordHash())) {
            failed(account.getUsername(), "密码错误（" + from + "）");
            countFailure(account, from, now);
            return Optional.empty();
        }
        if (account.getLastLoginAt() == null || account.getLastLoginAt().isBefore(now.minusSeconds(60))) {
            // an API client logs in with every call: noted once a minute, by a statement that locks nothing for long
            em.createQuery("update UserAccount u set u.lastLoginAt = :now where u.id = :id")
                    .setParameter("now", now).setParameter("id", account.getId()).executeUpdate();
        }
        lockOf(account, from).ifPresent(em::remove);
        // every channel; a script's HTTP Basic logins are verified (and so recorded) once a minute
        audit.recordAs(account.getUsername(), "LOGIN", "UserAccount", account.getUsername(), null, "登录（" + from + "）");
        return Optional.of(new Login(account.getUsername(), account.roleNames()));
    }

    private Optional<LoginLock> lockOf(UserAccount account, String address) {
        return Optional.ofNullable(em.find(LoginLock.class, LoginLock.key(account.getUsername(), address)));
    }

    /** At the policy's threshold the account is locked for this address, and the office sees it. */
    private void countFailure(UserAccount account, String address, Instant now) {
        LoginPolicy policy = LoginPolicy.fromSystemProperties();
        LoginLock lock = em.find(LoginLock.class, LoginLock.key(account.getUsername(), address), LockModeType.PESSIMISTIC_WRITE);
        if (lock == null) {
            lock = new LoginLock(account.getUsername(), address);
            em.persist(lock);
        }
        if (lock.fail(now, policy.maxFailures(), policy.lockDuration())) {
            account.showLock(lock.getLockedUntil());
            audit.recordAs(account.getUsername(), "ACCOUNT_LOCKED", "UserAccount", account.getUsername(), null,
                    "自 " + address + " 连续登录失败" + policy.maxFailures() + "次，在该地址锁定至 " + lock.getLockedUntil());
        }
    }

    /** Every failed login is on the audit trail. */
    private void failed(String username, String why) {
        audit.recordAs(username.length() > 40 ? username.substring(0, 40) : username, "LOGIN_FAILED", "UserAccount",
                username, null, why);
    }
}
