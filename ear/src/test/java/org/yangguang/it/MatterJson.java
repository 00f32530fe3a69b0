package org.yangguang.it;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/** JSON bodies of catalog drafts for the tests, unique per run so reruns on a kept database work. */
public final class MatterJson {
    private MatterJson() {}

    /** A fresh implementation code: "99" + 24 digits from the clock and a counter. */
    public static String newCode() {
        return String.format("99%012d%012d", System.currentTimeMillis() % 1_000_000_000_000L, COUNTER.incrementAndGet());
    }

    private static final java.util.concurrent.atomic.AtomicLong COUNTER = new java.util.concurrent.atomic.AtomicLong();

    public static JsonObjectBuilder draft(String code, String department, String name, int promisedDays) {
        return Json.createObjectBuilder()
                .add("implementationCode", code)
                .add("baseCode", "000099001000")
                .add("name", name)
                .add("type", "ADMINISTRATIVE_LICENSING")
                .add("level", "MAIN")
                .add("departmentCode", department)
                .add("legalBasis", "《中华人民共和国行政许可法》第十二条")
                .add("conditions", "申请人具有相应的经营场所和设施。")
                .add("statutoryValue", 20)
                .add("statutoryUnit", "WORKING_DAYS")
                .add("promisedValue", promisedDays)
                .add("promisedUnit", "WORKING_DAYS")
                .add("handlingKind", "PROMISED")
                .add("onSiteVisits", 1)
                .add("channels", Json.createArrayBuilder().add("WINDOW").add("ONLINE"))
                .add("specialProcedures", Json.createArrayBuilder().add("INSPECTION"))
                .add("materials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", "申请书").add("form", "PAPER").add("mandatory", true).add("originals", 1).add("copies", 0)))
                .add("fees", Json.createArrayBuilder())
                .add("steps", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("name", "受理").add("office", "窗口").add("limitDays", 1))
                        .add(Json.createObjectBuilder().add("name", "决定").add("office", "业务科").add("limitDays", 0)))
                .add("complaintPhone", "12345");
    }
}
