package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.yangguang.it.CaseApiIT.act;
import static org.yangguang.it.CaseApiIT.ok;
import static org.yangguang.it.CaseApiIT.with;
import static org.yangguang.it.Http.get;
import static org.yangguang.it.Http.post;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Handling kinds that need the demo department to have such a matter: the clerk drafts one and the
 * office publishes it first. 联办件: parts for other departments; 上报件: report and upper reply.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HandlingKindsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    /** Publishes a new SCJGJ matter of this handling kind and returns its code. */
    static String publishedMatter(String kind, int statutory) {
        String code = MatterJson.newCode();
        return publish(MatterJson.draft(code, "SCJGJ", kind + "测试许可" + code.substring(20), 10)
                .add("handlingKind", kind).add("statutoryValue", statutory).build());
    }

    /** The clerk drafts and submits it, the office publishes it today; returns its code. */
    static String publish(JsonObject draft) {
        JsonObject v = post("/api/v1/catalog/drafts", "clerk", draft.toString()).json();
        JsonObject s = post("/api/v1/catalog/drafts/" + v.getJsonNumber("id") + "/submit", "clerk",
                "{\"version\":" + v.getInt("version") + "}").json();
        Http.Reply p = post("/api/v1/catalog/drafts/" + v.getJsonNumber("id") + "/publish", "office",
                Json.createObjectBuilder().add("effectiveDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString())
                        .add("version", s.getInt("version")).build().toString());
        assertEquals(200, p.status(), p.body());
        return draft.getString("implementationCode");
    }

    static JsonObject receive(String code) {
        return post("/api/v1/cases", "clerk", Json.createObjectBuilder().add("implementationCode", code)
                .add("applicant", Json.createObjectBuilder().add("name", "联办申请人").add("idNumber", "330399199001011234")
                        .add("phone", "13900000000"))
                .add("receivedMaterials", Json.createArrayBuilder().add("申请书")).build().toString()).json();
    }

    @Test
    void leadAssignsPartnerCompletesApproverDecides() {
        JsonObject c = receive(publishedMatter("JOINT", 45));
        c = ok(act("clerk", c, "accept", with()));
        String partner = "GAJ"; // the department of the demo user clerk2 (first department code after SCJGJ is excluded)
        c = ok(act("clerk", c, "assign-joint", with().add("departmentCode", partner).add("days", 5)));
        assertEquals(1, c.getJsonArray("jointParts").size(), c.toString());
        c = ok(act("clerk", c, "complete-step", with().add("comment", "牵头部门审查通过")));
        assertEquals(409, act("approver", c, "decide", with().add("decision", "APPROVED")).status(), "partner not done");

        // the partner department sees the case, may complete its part and nothing else
        assertEquals(200, get("/api/v1/cases/" + c.getString("receiptNumber"), "clerk2").status());
        assertEquals(403, act("clerk2", c, "complete-step", with().add("comment", "x")).status());
        c = ok(act("clerk2", c, "complete-joint-part", with().add("comment", "同意联办")));
        c = ok(act("approver", c, "decide", with().add("decision", "APPROVED")));
        assertEquals("DECIDED", c.getString("status"));
    }

    @Test
    void escalatedCaseIsReportedAndResumesOnTheUpperReply() {
        JsonObject c = receive(publishedMatter("ESCALATED", 20));
        c = ok(act("clerk", c, "accept", with()));
        assertEquals(409, act("clerk", c, "record-reply", with().add("comment", "x")).status(), "not reported yet");
        c = ok(act("clerk", c, "report", with().add("comment", "初审同意，报市局")));
        assertEquals("REPORTED", c.getString("status"));
        assertEquals(409, act("approver", c, "decide", with().add("decision", "APPROVED")).status());
        c = ok(act("clerk", c, "record-reply", with().add("comment", "市局批复同意")));
        assertEquals("IN_PROGRESS", c.getString("status"));
        c = ok(act("approver", c, "decide", with().add("decision", "APPROVED")));
        c = ok(act("clerk", c, "deliver", with().add("deliveryMethod", "ELECTRONIC")));
        assertEquals("DELIVERED", c.getString("status"));
    }
}
