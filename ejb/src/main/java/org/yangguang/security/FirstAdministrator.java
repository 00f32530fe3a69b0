package org.yangguang.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumSet;
import java.util.logging.Logger;
import org.yangguang.audit.AuditLog;

/**
 * A production installation starts without any account: if the users table is empty and the
 * environment variable {@code YANGGUANG_ADMIN_PASSWORD} is set, the first office administrator
 * {@code admin} is created with it (a strong password is required). Nothing happens otherwise.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "DemoData"})
public class FirstAdministrator {
    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @PostConstruct
    void createIfNone() {
        String password = System.getenv("YANGGUANG_ADMIN_PASSWORD");
        if (password == null || password.isBlank()) return;
        long users = em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
        if (users > 0) return;
        Passwords.checkStrength(password);
        em.persist(new UserAccount("admin", "系统管理员", passwords.hash(password.toCharArray()), null,
                EnumSet.of(Role.OFFICE_ADMIN), clock.instant()));
        audit.recordAs(AuditLog.SYSTEM, "USER_CREATE", "UserAccount", "admin", null, "首个政务公开办管理员");
        LOG.info("Created the first office administrator 'admin' from YANGGUANG_ADMIN_PASSWORD");
    }
}
