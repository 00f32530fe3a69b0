package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.EnumSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yangguang.audit.AuditEntry;
import org.yangguang.security.LoginService;
import org.yangguang.security.Passwords;
import org.yangguang.security.Role;
import org.yangguang.security.UserAccount;

/** In the server: failed logins are counted in the database per account and address and lock that pair; it is audited. */
@ExtendWith(ArquillianExtension.class)
class LoginLockoutIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(LoginLockoutIT.class);
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Inject
    Passwords passwords;

    @Inject
    LoginService logins;

    @Test
    void fiveFailuresLockTheAccountFromThatAddressOnly() throws Exception {
        String name = "lock" + System.nanoTime() % 1_000_000_000L;
        tx.begin();
        em.persist(new UserAccount(name, "锁定测试", passwords.hash("right-pass1".toCharArray()), null,
                EnumSet.of(Role.SUPERVISOR), Instant.now()));
        tx.commit();

        String attacker = "203.0.113.7";
        String owner = "10.1.2.3";
        assertTrue(logins.authenticate(name, "right-pass1".toCharArray(), owner).isPresent());
        for (int i = 0; i < 5; i++) {
            assertTrue(logins.authenticate(name, "wrong".toCharArray(), attacker).isEmpty());
        }
        assertTrue(logins.authenticate(name, "right-pass1".toCharArray(), attacker).isEmpty(),
                "locked from the attacker's address, even with the right password");
        assertTrue(logins.authenticate(name, "right-pass1".toCharArray(), owner).isPresent(),
                "the owner, elsewhere, is not locked out by someone guessing");

        UserAccount stored = em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
                .setParameter("username", name).getSingleResult();
        assertNotNull(stored.getLockedUntil());
        assertTrue(stored.getLockedUntil().isAfter(Instant.now().plusSeconds(14 * 60)));
        assertTrue(stored.isLocked(Instant.now()), "the office sees the lock");
        long audited = em.createQuery("select count(a) from AuditEntry a where a.action = 'ACCOUNT_LOCKED' and a.subjectKey = :u", Long.class)
                .setParameter("u", name).getSingleResult();
        assertEquals(1, audited);
    }

    @Test
    void passwordsAreStoredAsPbkdf2Hashes() {
        UserAccount office = em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
                .setParameter("username", "office").getSingleResult();
        assertTrue(office.getPasswordHash().startsWith("PBKDF2WithHmacSHA256:"), office.getPasswordHash());
        assertFalse(office.getPasswordHash().contains("demo"));
        assertTrue(passwords.verify("demo".toCharArray(), office.getPasswordHash()));
    }

    @Test
    void auditTrailRecordsDemoLoad() {
        assertTrue(em.createQuery("select count(a) from AuditEntry a", Long.class).getSingleResult() > 0);
        AuditEntry any = em.createQuery("select a from AuditEntry a order by a.id", AuditEntry.class)
                .setMaxResults(1).getSingleResult();
        assertNotNull(any.getActor());
    }
}
