package org.yangguang.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date at deployment with the versioned migrations in
 * {@code db/migration}, on H2 and MySQL/MariaDB alike. The application never generates schema.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());
    /** Set once the schema is current: timers that fire while the deployment starts wait for it. */
    private static volatile boolean done;

    /** Whether the schema is migrated (timers fire during deployment, before the first start's migration ends). */
    public static boolean isDone() {
        return done;
    }

    @Resource(lookup = "java:jboss/datasources/YangguangDS")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // JBeret may have created its job-repository tables in the same schema before the
                // first migration ran (MySQL profile): baseline below V1 so every migration still runs.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        var result = flyway.migrate();
        done = true;
        var current = flyway.info().current();
        LOG.info(() -> "Database schema at version " + (current == null ? "-" : current.getVersion()) + " ("
                + result.migrationsExecuted + " migrations applied now)");
    }
}
