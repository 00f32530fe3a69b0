package org.yangguang.web.rest;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
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
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.yangguang.shared.InvalidInputException;

/**
 * JSON bodies are held to the Java types they bind to before JSON-B reads them, because JSON-B is
 * lenient: it takes {@code 1.5} as the integer 1 and wraps {@code 2147483648} around. An integer
 * field takes an integral number in its range, a text field a string, a list an array, a yes/no
 * field {@code true} or {@code false}; anything else is a 400 naming every wrong field.
 */
@Provider
public class StrictJsonTypes implements ReaderInterceptor {
    /** Made once: {@code Json.createReader} looks the provider up (a class-path scan) on every call. */
    private static final jakarta.json.JsonReaderFactory READERS = Json.createReaderFactory(java.util.Map.of());

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        Class<?> target = context.getType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || target == String.class
                || target == byte[].class || target.getName().startsWith("java.io.") || JsonValue.class.isAssignableFrom(target)) {
            return context.proceed(); // read raw by the resource itself
        }
        byte[] body = context.getInputStream().readAllBytes();
        if (body.length > 0) {
            JsonValue json;
            try (var reader = READERS.createReader(new ByteArrayInputStream(body))) {
                json = reader.readValue();
            } catch (JsonException e) {
                throw new InvalidInputException("请求体不是有效的JSON");
            }
            List<String> errors = new ArrayList<>();
            check(json, context.getGenericType(), "", errors);
            if (!errors.isEmpty()) throw new InvalidInputException(errors);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static void check(JsonValue value, Type type, String path, List<String> errors) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (type instanceof Class<?> c && c.isPrimitive()) errors.add(name(path) + ": 不能为空");
            return;
        }
        Class<?> raw = raw(type);
        if (raw == Object.class) return;
        if (raw == int.class || raw == Integer.class) integral(value, path, Integer.MIN_VALUE, Integer.MAX_VALUE, errors);
        else if (raw == long.class || raw == Long.class) integral(value, path, Long.MIN_VALUE, Long.MAX_VALUE, errors);
        else if (raw == short.class || raw == Short.class) integral(value, path, Short.MIN_VALUE, Short.MAX_VALUE, errors);
        else if (Number.class.isAssignableFrom(raw) || raw == double.class || raw == float.class) {
            expect(value, JsonValue.ValueType.NUMBER, path, "数字", errors);
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) errors.add(name(path) + ": 应为 true 或 false");
        } else if (raw == String.class || raw.isEnum() || Temporal.class.isAssignableFrom(raw)) {
            expect(value, JsonValue.ValueType.STRING, path, "字符串", errors);
        } else if (Collection.class.isAssignableFrom(raw)) {
            if (expect(value, JsonValue.ValueType.ARRAY, path, "数组", errors)) {
                Type element = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
                var items = value.asJsonArray();
                for (int i = 0; i < items.size(); i++) check(items.get(i), element, path + "[" + i + "]", errors);
            }
        } else if (Map.class.isAssignableFrom(raw) || raw.isArray() || raw.getName().startsWith("java.")
                || raw.getName().startsWith("jakarta.")) {
            return; // left to JSON-B
        } else if (expect(value, JsonValue.ValueType.OBJECT, path, "对象", errors)) {
            properties(value.asJsonObject(), raw, path, errors);
        }
    }

    /** The object's properties that the class declares (records and beans alike); others are ignored. */
    private static void properties(JsonObject object, Class<?> raw, String path, List<String> errors) {
        for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers())) continue;
                JsonValue v = object.get(f.getName());
                if (v != null) check(v, f.getGenericType(), path.isEmpty() ? f.getName() : path + "." + f.getName(), errors);
            }
        }
    }

    private static void integral(JsonValue value, String path, long min, long max, List<String> errors) {
        if (!expect(value, JsonValue.ValueType.NUMBER, path, "整数", errors)) return;
        JsonNumber n = (JsonNumber) value;
        BigDecimal d = n.bigDecimalValue();
        // "5.0" is written as a decimal: an integer field wants an integer
        if (!n.isIntegral() || n.toString().contains(".") || n.toString().toLowerCase().contains("e")) {
            errors.add(name(path) + ": 应为整数");
        } else if (d.compareTo(BigDecimal.valueOf(min)) < 0 || d.compareTo(BigDecimal.valueOf(max)) > 0) {
            errors.add(name(path) + ": 超出范围（" + min + " 至 " + max + "）");
        }
    }

    private static boolean expect(JsonValue value, JsonValue.ValueType type, String path, String what, List<String> errors) {
        if (value.getValueType() == type) return true;
        errors.add(name(path) + ": 应为" + what);
        return false;
    }

    private static String name(String path) {
        return path.isEmpty() ? "请求体" : path;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) return c;
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) return c;
        return Object.class;
    }
}
