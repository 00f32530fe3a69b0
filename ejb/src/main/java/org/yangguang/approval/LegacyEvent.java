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
import java.util.stream.Collectors;
import org.yangguang.catalog.SpecialProcedureType;
import org.yangguang.shared.ClockProducer;
import org.yangguang.shared.EnteredDate;
import org.yangguang.shared.InvalidInputException;

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
            throw new InvalidInputException("缺少 events（事件列表）");
        }
        List<LegacyEvent> out = new ArrayList<>();
        int n = 0;
        for (JsonValue e : v.asJsonArray()) {
            n++;
            if (e.getValueType() != JsonValue.ValueType.OBJECT) throw new InvalidInputException("第" + n + "个事件不是JSON对象");
            JsonObject o = e.asJsonObject();
            String type = text(o, "type");
            String raw = optionalText(o, "date");
            LocalDate date;
            try {
                date = LocalDate.parse(raw == null ? "" : raw);
            } catch (DateTimeParseException ex) {
                throw new InvalidInputException("第" + n + "个事件（" + type + "）的日期无效：" + (raw == null ? "（空）" : raw)
                        + "，应为YYYY-MM-DD");
            }
            // the same window as every date entered on a page or through the API
            String problem = EnteredDate.Validator.problem(date, LocalDate.now(ClockProducer.ZONE), false);
            if (problem != null) throw new InvalidInputException("第" + n + "个事件（" + type + "）：" + problem);
            out.add(new LegacyEvent(o, type, date));
        }
        return out;
    }

    /** The action this event replays. */
    CaseAction action() {
        try {
            return CaseAction.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("未知的事件类型：" + type + "（可用：RECEIVE、"
                    + Arrays.stream(CaseAction.values()).map(Enum::name).collect(Collectors.joining("、")) + "）");
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
        if (v.getValueType() != JsonValue.ValueType.ARRAY) throw wrong(key, "文字列表");
        List<String> out = new ArrayList<>();
        for (JsonValue item : v.asJsonArray()) {
            if (item.getValueType() != JsonValue.ValueType.STRING) throw wrong(key, "文字列表");
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
        if (v.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) v).isIntegral()) throw wrong(key, "整数");
        try {
            return ((JsonNumber) v).intValueExact();
        } catch (ArithmeticException e) {
            throw wrong(key, "整数");
        }
    }

    private List<BigDecimal> amounts() {
        JsonValue v = json.get("amounts");
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) return List.of();
        if (v.getValueType() != JsonValue.ValueType.ARRAY) throw wrong("amounts", "金额列表");
        List<BigDecimal> out = new ArrayList<>();
        for (JsonValue item : v.asJsonArray()) {
            if (item.getValueType() != JsonValue.ValueType.NUMBER) throw wrong("amounts", "金额列表（数字）");
            out.add(((JsonNumber) item).bigDecimalValue());
        }
        return out;
    }

    private InvalidInputException wrong(String key, String expected) {
        return new InvalidInputException(type + "事件的 " + key + " 应为" + expected);
    }

    // ---------------------------------------------------------------- fields of any object of the line

    static String text(JsonObject o, String key) {
        String v = optionalText(o, key);
        if (v == null) throw new InvalidInputException("缺少 " + key);
        return v;
    }

    static String optionalText(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) return null;
        if (v.getValueType() != JsonValue.ValueType.STRING) throw new InvalidInputException(key + " 应为文字");
        String s = ((JsonString) v).getString().trim();
        return s.isEmpty() ? null : s;
    }

    static JsonObject object(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v.getValueType() != JsonValue.ValueType.OBJECT) throw new InvalidInputException("缺少 " + key);
        return v.asJsonObject();
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, JsonObject o, String key, E fallback) {
        String v = optionalText(o, key);
        if (v == null) return fallback;
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(key + " 的值无效：" + v + "（可用：" + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining("、")) + "）");
        }
    }
}
