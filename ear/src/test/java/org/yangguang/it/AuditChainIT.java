package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the server: the audit trail is a hash chain. A row edited by SQL, behind the application's
 * back, is found by the verification; put back, the chain is whole again.
 */
@ExtendWith(ArquillianExtension.class)
class AuditChainIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(AuditChainIT.class, Http.class, Http.Reply.class, CaseApiIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/YangguangDS")
    DataSource dataSource;

    static JsonObject verify() {
        Http.Reply r = Http.get("/api/v1/audit/verify", "supervisor");
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    @Test
    void anEntryEditedInTheDatabaseBreaksTheChainThere() throws Exception {
        assertEquals(403, Http.get("/api/v1/audit/verify", "clerk").status(), "the office and supervision only");
        JsonObject before = verify();
        assertTrue(before.getBoolean("intact"), before.toString());
        assertTrue(before.getJsonNumber("checked").longValue() > 0, before.toString());

        try (Connection c = dataSource.getConnection()) {
            long id;
            String original;
            try (PreparedStatement s = c.prepareStatement("select id, after_summary from audit_entry where seq is not null"
                    + " and after_summary is not null order by seq desc");
                    ResultSet rs = s.executeQuery()) {
                for (int i = 0; i < 3; i++) assertTrue(rs.next(), "sealed entries");
                id = rs.getLong(1);
                original = rs.getString(2);
            }
            update(c, id, original + "（已篡改）");
            try {
                JsonObject broken = verify();
                assertFalse(broken.getBoolean("intact"), broken.toString());
                assertEquals(id, broken.getJsonNumber("brokenEntryId").longValue(), broken.toString());
                assertTrue(broken.getString("problem").contains("改动"), broken.toString());
            } finally {
                update(c, id, original);
            }
            assertTrue(verify().getBoolean("intact"), "put back, the chain is whole");
        }
    }

    @Test
    void aCaseActionRecordsTheReasonTheActorGave() throws Exception {
        JsonObject c = CaseApiIT.receive("clerk", "SCJGJ", "PROMISED", false);
        c = CaseApiIT.ok(CaseApiIT.act("clerk", c, "request-correction", CaseApiIT.with()));
        c = CaseApiIT.ok(CaseApiIT.act("clerk", c, "request-correction",
                CaseApiIT.with().add("confirmed", true).add("reason", "补交的申请书缺签字页")));
        try (Connection db = dataSource.getConnection();
                PreparedStatement s = db.prepareStatement("select after_summary from audit_entry where subject_key = ?"
                        + " and action = 'CASE_REQUEST_CORRECTION' order by id")) {
            s.setString(1, c.getString("receiptNumber"));
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next() && rs.next(), "two correction notices in the audit trail");
                assertTrue(rs.getString(1).contains("理由：补交的申请书缺签字页"), rs.getString(1));
            }
        }
    }

    private static void update(Connection c, long id, String after) throws Exception {
        try (PreparedStatement s = c.prepareStatement("update audit_entry set after_summary = ? where id = ?")) {
            s.setString(1, after);
            s.setLong(2, id);
            assertEquals(1, s.executeUpdate());
        }
    }
}
