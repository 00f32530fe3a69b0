package org.yangguang.shared;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What one request asks for again and again, read once: the caller's department, the calendar
 * in force. One request's services each run in their own transaction, so the persistence context
 * does not carry these from one call to the next. Only read-only values belong here.
 */
@RequestScoped
public class RequestMemo {
    private final Map<String, Object> values = new HashMap<>();

    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> load) {
        if (values.containsKey(key)) return (T) values.get(key);
        T value = load.get();
        values.put(key, value);
        return value;
    }

    public void forget(String key) {
        values.remove(key);
    }
}
