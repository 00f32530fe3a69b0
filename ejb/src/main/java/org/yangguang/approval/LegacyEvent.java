package org.yangguang.approval;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.yangguang.catalog.SpecialProcedureType;
import org.yangguang.shared.ClockProducer;
import org.yangguang.shared.EnteredDate;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.SystemText;

/**
 * One event of a legacy import line, read field by field into the request of the action it
 * replays. Every problem is a sentence office staff can act on: the field, what it should be,
 * what it was.
 *
 * <p>The old system's field names: {@code materials}, {@code reason}, {@code opinion} (step
 * opinion, report), {@code reply} (upper level), {@code result} (end of a special procedure),
 * {@code procedureType}, {@code days}, {@code amounts}, {@code decision}, {@code method},
 * {@code trackingNumber}, {@code by}/{@code approver} (who acted), {@code assignee}.
 */
record LegacyEvent(JsonObject json, String type, LocalDate date) {

    static List<LegacyEvent> all(JsonObject line) {
        JsonValue v = line.get("events");
        if (v == null || v.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidInputException(SystemText.of("legacy.eventsMissing"));
        }
        List<LegacyEvent> out = new ArrayList<>();
        int n = 0;
        for (JsonValue e : v.asJsonArray()) {
            n++;
            if (e.getValueType() != JsonValue.ValueType.OBJECT) throw new InvalidInputException(SystemText.of("legacy.eventNotObject", n));
            JsonObject o = e.asJsonObject();
            String type = text(o, "type");
            String raw = optionalText(o, "date");
            LocalDate date;
            try {
                date = LocalDate.parse(raw == null ? "" : raw);
            } catch (DateTimeParseException ex) {
                throw new InvalidInputException(raw == null ? SystemText.of("legacy.eventDateMissing", n, type)
                        : SystemText.of("legacy.eventDateInvalid", n, type, raw));
            }
            // the same window as every date entered on a page or through the API
            SystemText problem = EnteredDate.Validator.problem(date, LocalDate.now(ClockProducer.ZONE), false);
            if (problem != null) throw new InvalidInputException(SystemText.of("legacy.eventProblem", n, type, problem));
            out.add(new LegacyEvent(o, type, date));
        }
        return out;
    }

    /** The action this event replays. */
    CaseAction action() {
        try {
            return CaseAction.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(SystemText.of("legacy.unknownEvent", type,
                    SystemText.literals(Arrays.stream(CaseAction.values()).map(Enum::name).toList())));
        }
    }

    /** Who acted: the event's {@code by} or {@code approver}, else the importer. */
    String actor(String importer) {
        String by = optionalText(json, "by");
        if (by == null) by = optionalText(json, "approver");
        return by == null ? importer : by;
    }

    ActionRequest request() {
        ActionRequest r = new ActionRequest();
        r.setMaterials(strings("materials"));
        r.setReason(first("reason", "result"));
        r.setComment(first("opinion", "reply"));
        if (action() == CaseAction.COMPLETE_STEP && r.getComment() == null) r.setComment("同意");
        if (action() == CaseAction.REQUEST_CORRECTION) {
            // a history is what happened: a second notice was given then, its violation is recorded now
            r.setConfirmed(true);
            if (r.getReason() == null) r.setReason("历史办件导入");
        }
        r.setProcedureType(enumValue(SpecialProcedureType.class, json, "procedureType", null));
        r.setDays(integer("days"));
        r.setAmounts(amounts());
        r.setDecision(enumValue(Decision.class, json, "decision", null));
        r.setDeliveryMethod(enumValue(DeliveryMethod.class, json, "method", null));
        r.setTrackingNumber(optionalText(json, "trackingNumber"));
        r.setAssignee(optionalText(json, "assignee"));
        return r;
    }

    boolean has(String key) {
        return json.containsKey(key);
    }

    List<String> strings(String key) {
        JsonValue v = json.get(key);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) return List.of();
        if (v.getValueType() != JsonValue.ValueType.ARRAY) throw wrong(key, SystemText.of("type.texts"));
        List<String> out = new ArrayList<>();
        for (JsonValue item : v.asJsonArray()) {
            if (item.getValueType() != JsonValue.ValueType.STRING) throw wrong(key, SystemText.of("type.texts"));
            out.add(((JsonString) item).getString());
        }
        return out;
    }

    private String first(String key, String other) {
        String v = optionalText(json, key);
        return v != null ? v : optionalText(json, other);
    }

    private Integer integer(String key) {
        JsonValue v = json.get(key);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) return null;
        if (v.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) v).isIntegral()) throw wrong(key, SystemText.of("type.integer"));
        try {
            return ((JsonNumber) v).intValueExact();
        } catch (ArithmeticException e) {
            throw wrong(key, SystemText.of("type.integer"));
        }
    }

    private List<BigDecimal> amounts() {
        JsonValue v = json.get("amounts");
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) return List.of();
        if (v.getValueType() != JsonValue.ValueType.ARRAY) throw wrong("amounts", SystemText.of("type.amounts"));
        List<BigDecimal> out = new ArrayList<>();
        for (JsonValue item : v.asJsonArray()) {
            if (item.getValueType() != JsonValue.ValueType.NUMBER) throw wrong("amounts", SystemText.of("type.amountNumbers"));
            out.add(((JsonNumber) item).bigDecimalValue());
        }
        return out;
    }

    private InvalidInputException wrong(String key, SystemText expected) {
        return new InvalidInputException(SystemText.of("legacy.wrongType", type, key, expected));
    }

    // ---------------------------------------------------------------- fields of any object of the line

    static String text(JsonObject o, String key) {
        String v = optionalText(o, key);
        if (v == null) throw new InvalidInputException(SystemText.of("legacy.missing", key));
        return v;
    }

    static String optionalText(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) return null;
        if (v.getValueType() != JsonValue.ValueType.STRING) throw new InvalidInputException(SystemText.of("legacy.notText", key));
        String s = ((JsonString) v).getString().trim();
        return s.isEmpty() ? null : s;
    }

    static JsonObject object(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v.getValueType() != JsonValue.ValueType.OBJECT) throw new InvalidInputException(SystemText.of("legacy.missing", key));
        return v.asJsonObject();
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, JsonObject o, String key, E fallback) {
        String v = optionalText(o, key);
        if (v == null) return fallback;
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(SystemText.of("legacy.invalidValue", key, v,
                    SystemText.literals(Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
        }
    }
}
