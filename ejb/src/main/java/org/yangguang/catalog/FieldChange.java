package org.yangguang.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One field that differs between two versions of a matter. */
public record FieldChange(String field, String before, String after) implements java.io.Serializable {

    /** The fields whose text differs, in display order. An absent side shows as empty. */
    public static List<FieldChange> between(Map<String, String> older, Map<String, String> newer) {
        List<FieldChange> changes = new ArrayList<>();
        for (String key : newer.keySet()) {
            String a = older.getOrDefault(key, "");
            String b = newer.get(key);
            if (!Objects.equals(a, b)) changes.add(new FieldChange(key, a, b));
        }
        for (String key : older.keySet()) {
            if (!newer.containsKey(key)) changes.add(new FieldChange(key, older.get(key), ""));
        }
        return changes;
    }
}
