package org.yangguang.web.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.yangguang.shared.ClockProducer;
import org.yangguang.shared.EnteredDate;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.InvalidInputException.Problem;
import org.yangguang.shared.StrictJson;
import org.yangguang.shared.SystemText;

/**
 * Every JSON body is read here first, before JSON-B or a resource taking {@code JsonValue} sees it:
 * at most {@value #MAX_BODY_BYTES} bytes (413 beyond), and as {@link StrictJson} reads it (no key
 * twice, at most {@value StrictJson#MAX_DEPTH} levels, numbers of a sane size; 400 otherwise). Then
 * it is held to the Java type it binds to, because JSON-B is lenient: it takes {@code 1.5} as the
 * integer 1 and wraps {@code 2147483648} around. An integer field takes an integral number in its
 * range, a text field a string, a list an array, a yes/no field {@code true} or {@code false};
 * an enum field one of its names, a date field a date within the window of {@link EnteredDate};
 * a type carrying the optimistic-lock {@code version} needs it (a missing version must never save
 * over someone else's change); anything else is a 400 naming every wrong field.
 */
@Provider
public class StrictJsonTypes implements ReaderInterceptor {
    /** The largest legitimate body is a proactive item: 200,000 characters of HTML, escaped. */
    public static final int MAX_BODY_BYTES = 2 * 1024 * 1024;
    /** The optimistic-lock token of every type that has one: the version the caller read. */
    static final String VERSION = "version";

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        Class<?> target = context.getType();
        if (type == null || !isJson(type) || target == String.class || target == byte[].class
                || target.getName().startsWith("java.io.")) {
            return context.proceed(); // read raw by the resource itself
        }
        byte[] body = context.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) throw new BodyTooLargeException();
        if (body.length > 0) {
            JsonValue json = StrictJson.read(body);
            if (!JsonValue.class.isAssignableFrom(target)) {
                List<Problem> errors = new ArrayList<>();
                check(json, context.getGenericType(), "", null, errors);
                if (!errors.isEmpty()) throw new InvalidInputException(errors);
            }
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** application/json and every +json type (problem+json, merge-patch+json…). */
    private static boolean isJson(MediaType type) {
        return type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                || ("application".equalsIgnoreCase(type.getType()) && type.getSubtype().toLowerCase().endsWith("+json"));
    }

    /** A body over {@link #MAX_BODY_BYTES}: 413 problem JSON (see {@link ProblemMappers}). */
    public static class BodyTooLargeException extends RuntimeException implements org.yangguang.shared.Refusal {
        private static final long serialVersionUID = 1L;

        BodyTooLargeException() {
            super(words().chinese());
        }

        private static SystemText words() {
            return SystemText.of("json.tooLarge", MAX_BODY_BYTES / 1024 / 1024);
        }

        @Override
        public SystemText text() {
            return words();
        }
    }

    /** {@code rule} is the field's {@link EnteredDate}, if it has one (a date otherwise gets the default window). */
    private static void check(JsonValue value, Type type, String path, EnteredDate rule, List<Problem> errors) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (type instanceof Class<?> c && c.isPrimitive()) errors.add(problem(path, SystemText.of("json.null")));
            return;
        }
        Class<?> raw = raw(type);
        if (raw == Object.class) return;
        if (raw == int.class || raw == Integer.class) integral(value, path, Integer.MIN_VALUE, Integer.MAX_VALUE, errors);
        else if (raw == long.class || raw == Long.class) integral(value, path, Long.MIN_VALUE, Long.MAX_VALUE, errors);
        else if (raw == short.class || raw == Short.class) integral(value, path, Short.MIN_VALUE, Short.MAX_VALUE, errors);
        else if (Number.class.isAssignableFrom(raw) || raw == double.class || raw == float.class) {
            expect(value, JsonValue.ValueType.NUMBER, path, SystemText.of("type.number"), errors);
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) errors.add(problem(path, SystemText.of("json.boolean")));
        } else if (raw.isEnum()) {
            if (expect(value, JsonValue.ValueType.STRING, path, SystemText.of("type.string"), errors)) choice(((JsonString) value).getString(), raw, path, errors);
        } else if (raw == LocalDate.class) {
            if (expect(value, JsonValue.ValueType.STRING, path, SystemText.of("type.dateString"), errors)) {
                date(((JsonString) value).getString(), path, rule, errors);
            }
        } else if (raw == String.class || Temporal.class.isAssignableFrom(raw)) {
            expect(value, JsonValue.ValueType.STRING, path, SystemText.of("type.string"), errors);
        } else if (Collection.class.isAssignableFrom(raw)) {
            if (expect(value, JsonValue.ValueType.ARRAY, path, SystemText.of("type.array"), errors)) {
                Type element = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
                var items = value.asJsonArray();
                for (int i = 0; i < items.size(); i++) check(items.get(i), element, path + "[" + i + "]", null, errors);
            }
        } else if (Map.class.isAssignableFrom(raw) || raw.isArray() || raw.getName().startsWith("java.")
                || raw.getName().startsWith("jakarta.")) {
            return; // left to JSON-B
        } else if (expect(value, JsonValue.ValueType.OBJECT, path, SystemText.of("type.object"), errors)) {
            properties(value.asJsonObject(), raw, path, errors);
        }
    }

    /** The object's properties that the class declares (records and beans alike); others are ignored. */
    private static void properties(JsonObject object, Class<?> raw, String path, List<Problem> errors) {
        for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers())) continue;
                String name = path.isEmpty() ? f.getName() : path + "." + f.getName();
                JsonValue v = object.get(f.getName());
                if (VERSION.equals(f.getName()) && (v == null || v.getValueType() == JsonValue.ValueType.NULL)) {
                    errors.add(new Problem(name, SystemText.of("json.versionMissing")));
                } else if (v != null) {
                    check(v, f.getGenericType(), name, f.getAnnotation(EnteredDate.class), errors);
                }
            }
        }
    }

    /** An enum field takes one of its constants by name; JSON-B's own error would not say which. */
    private static void choice(String text, Class<?> type, String path, List<Problem> errors) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(text)) return;
        }
        String allowed = java.util.Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .collect(java.util.stream.Collectors.joining("、"));
        errors.add(problem(path, SystemText.of("input.choices", allowed.length() > 300 ? allowed.substring(0, 300) + "…" : allowed)));
    }

    /**
     * Every date of every body is an entered date: in the format, and in the window of
     * {@link EnteredDate} (the field's own rule if it has one, so a due date may lie further ahead).
     */
    private static void date(String text, String path, EnteredDate rule, List<Problem> errors) {
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(problem(path, SystemText.of("json.dateFormat")));
            return;
        }
        SystemText problem = EnteredDate.Validator.problem(date, LocalDate.now(ClockProducer.ZONE), rule != null && rule.future());
        if (problem != null) errors.add(problem(path, problem));
    }

    private static void integral(JsonValue value, String path, long min, long max, List<Problem> errors) {
        if (!expect(value, JsonValue.ValueType.NUMBER, path, SystemText.of("type.integer"), errors)) return;
        JsonNumber n = (JsonNumber) value;
        BigDecimal d = n.bigDecimalValue();
        // "5.0" is written as a decimal: an integer field wants an integer
        if (!n.isIntegral() || n.toString().contains(".") || n.toString().toLowerCase().contains("e")) {
            errors.add(problem(path, SystemText.of("json.integer")));
        } else if (d.compareTo(BigDecimal.valueOf(min)) < 0 || d.compareTo(BigDecimal.valueOf(max)) > 0) {
            errors.add(problem(path, SystemText.of("json.outOfRange", String.valueOf(min), String.valueOf(max))));
        }
    }

    private static boolean expect(JsonValue value, JsonValue.ValueType type, String path, SystemText what, List<Problem> errors) {
        if (value.getValueType() == type) return true;
        errors.add(problem(path, SystemText.of("json.expected", what)));
        return false;
    }

    /** A problem at a field of the body, or of the body as a whole ("请求体: …"). */
    private static Problem problem(String path, SystemText text) {
        return path.isEmpty() ? new Problem(SystemText.of("json.whole", text)) : new Problem(path, text);
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) return c;
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) return c;
        return Object.class;
    }
}
