package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** In the server: Flyway migrated the configured database (H2 by default, MySQL/MariaDB with -Pmysql). */
@ExtendWith(ArquillianExtension.class)
class MigrationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(MigrationIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/YangguangDS")
    DataSource dataSource;

    @Test
    void migrationsRanOnTheConfiguredDatabase() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            boolean mysqlExpected = System.getenv("DB_URL") != null;
            assertEquals(mysqlExpected, product.contains("mysql") || product.contains("mariadb"), product);
            try (ResultSet rs = s.executeQuery(
                    "select version, success from flyway_schema_history where version = '1'")) {
                assertTrue(rs.next(), "V1 applied");
                assertTrue(rs.getBoolean("success"));
            }
            for (String table : new String[] {"department", "user_account", "user_role", "audit_entry", "stored_file",
                    "matter", "matter_version", "matter_material", "matter_fee", "matter_step"}) {
                try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                    assertTrue(rs.next(), table);
                }
            }
            try (ResultSet rs = s.executeQuery("select count(*) from matter where current_version_id is not null")) {
                rs.next();
                assertTrue(rs.getInt(1) >= 80, "demo catalog loaded");
            }
        }
    }

    @Test
    void chineseTextRoundTrips() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select name from department where code = 'SCJGJ'")) {
            assertTrue(rs.next());
            assertEquals("阳光县市场监督管理局", rs.getString(1));
        }
    }
}
