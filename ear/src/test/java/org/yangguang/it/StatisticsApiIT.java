package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yangguang.it.Http.enc;
import static org.yangguang.it.Http.get;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 关注度分析 through the API: the office and the supervision office read the statistics of a month
 * or a quarter (letters by category and month, topics as segmented words, answer times, on-time
 * share, ratings) and drill down to the letters behind a topic; a malformed period or an unknown
 * department is a 400 problem naming the parameter; any other role is refused (403) before its
 * parameters are looked at.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatisticsApiIT {
    static final String STATS = "/api/v1/interaction/statistics";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    static String thisMonth() {
        return YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    static JsonObject stats(String query, String user) {
        Http.Reply r = get(STATS + "?" + query, user);
        assertEquals(200, r.status(), query + ": " + r.body());
        return r.json();
    }

    static long category(JsonObject s, String category) {
        return s.getJsonArray("categories").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("category").equals(category)).findFirst().orElseThrow().getJsonNumber("letters").longValue();
    }

    @Test
    void lettersOfTheMonthByCategoryTopicAndDrillDown() {
        String month = thisMonth();
        JsonObject before = stats("period=" + month, "office");
        String first = LetterApiIT.write(LetterApiIT.letter().add("category", "SUGGESTION")
                .add("subject", "菜市场周边停车难").add("text", "菜市场周边停车难，周末经常拥堵，建议增设停车场。")).getString("number");
        String second = LetterApiIT.write(LetterApiIT.letter().add("category", "SUGGESTION")
                .add("subject", "农贸市场停车场收费").add("text", "农贸市场停车场收费不合理，周边拥堵。")).getString("number");

        JsonObject s = stats("period=" + month, "office");
        assertEquals(month, s.getString("period"));
        assertEquals(before.getJsonNumber("letters").longValue() + 2, s.getJsonNumber("letters").longValue());
        assertEquals(category(before, "SUGGESTION") + 2, category(s, "SUGGESTION"));
        assertEquals(List.of(month), s.getJsonArray("months").getValuesAs(JsonObject.class).stream().map(m -> m.getString("month")).toList());
        assertEquals(s.getJsonNumber("letters").longValue(), s.getJsonArray("months").getJsonObject(0).getJsonNumber("letters").longValue());
        assertEquals(6, s.getJsonArray("answerTimes").size(), "every bucket, empty ones too");
        assertTrue(s.getJsonObject("onTime").containsKey("onTime"), s.toString());
        assertTrue(s.getJsonArray("handlers").getValuesAs(JsonObject.class).stream()
                .anyMatch(h -> h.getString("handler").equals("UNROUTED")), "the new letters wait for routing: " + s.getJsonArray("handlers"));
        // 拥堵 is a word of both letters: a topic of the month, and the drill-down lists both letters
        List<JsonObject> topics = s.getJsonArray("topics").getValuesAs(JsonObject.class);
        assertTrue(topics.stream().allMatch(t -> t.getString("keyword").length() >= 2), "no single characters: " + topics);
        List<String> behind = numbers(get(STATS + "/letters?period=" + month + "&topic=" + enc("拥堵"), "office"));
        assertTrue(behind.containsAll(List.of(first, second)), behind.toString());
        List<String> suggestions = numbers(get(STATS + "/letters?period=" + month + "&category=SUGGESTION&handler=UNROUTED", "supervisor"));
        assertTrue(suggestions.containsAll(List.of(first, second)), suggestions.toString());
        assertFalse(numbers(get(STATS + "/letters?period=" + month + "&category=REPORT", "office")).contains(first));
    }

    @Test
    void theSupervisorReadsAQuarterOfOneDepartment() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String quarter = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
        JsonObject s = stats("period=" + quarter.toLowerCase() + "&department=SCJGJ", "supervisor");
        assertEquals(quarter, s.getString("period"));
        assertEquals("SCJGJ", s.getString("department"));
        assertEquals(3, s.getJsonArray("months").size());
        assertTrue(s.getJsonArray("handlers").getValuesAs(JsonObject.class).stream()
                .allMatch(h -> "SCJGJ".equals(h.getString("department", null))), "only the department's letters: " + s.getJsonArray("handlers"));
        assertTrue(s.getJsonArray("ratingsByDepartment").getValuesAs(JsonObject.class).stream()
                .allMatch(r -> r.getString("code").equals("SCJGJ")), s.getJsonArray("ratingsByDepartment").toString());
        // a year of demo letters and ratings: the previous quarter has some of each
        JsonObject year = stats("period=" + today.minusMonths(3).getYear() + "-Q" + ((today.minusMonths(3).getMonthValue() - 1) / 3 + 1), "office");
        assertTrue(year.getJsonNumber("letters").longValue() > 0, year.toString());
        assertTrue(year.getJsonArray("ratingsByDepartment").size() > 0, "the demo ratings: " + year.getJsonArray("ratingsByDepartment"));
        assertTrue(year.getJsonArray("topics").size() > 0, "the demo letters' topics");
    }

    @Test
    void aBadPeriodOrDepartmentIsA400Problem() {
        for (String q : new String[] {"period=2026-13", "period=2026-Q5", "period=november", "", "period=2026-11&department=NOSUCH"}) {
            Http.Reply r = get(STATS + "?" + q, "office");
            assertEquals(400, r.status(), q + ": " + r.body());
            assertTrue(r.isProblem(), r.body());
            String errors = r.json().getJsonArray("errors").toString();
            assertTrue(errors.contains(q.contains("NOSUCH") ? "department" : "period"), q + ": " + errors);
        }
        Http.Reply r = get(STATS + "/letters?period=" + thisMonth() + "&bucket=FAST&month=2026-1", "office");
        assertEquals(400, r.status(), r.body());
        String errors = r.json().getJsonArray("errors").toString();
        assertTrue(errors.contains("bucket") && errors.contains("month"), errors);
    }

    @Test
    void onlyTheOfficeAndTheSupervisor() {
        for (String user : new String[] {"clerk", "approver", "editor"}) {
            for (String q : new String[] {"period=2026-11", "period=2026-11&department=SCJGJ", "period=bad"}) {
                Http.Reply r = get(STATS + "?" + q, user);
                assertEquals(403, r.status(), user + " " + q + ": " + r.body());
                assertTrue(r.isProblem(), r.body());
            }
            assertEquals(403, get(STATS + "/letters?period=2026-11", user).status(), user);
        }
        assertEquals(401, get(STATS + "?period=2026-11", null).status());
    }

    /** The letters' numbers of a drill-down answer (a JSON array). */
    private static List<String> numbers(Http.Reply r) {
        assertEquals(200, r.status(), r.body());
        jakarta.json.JsonArray a;
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(r.body()))) {
            a = reader.readArray();
        }
        return a.getValuesAs(JsonValue::asJsonObject).stream().map(o -> o.getString("number")).toList();
    }
}
