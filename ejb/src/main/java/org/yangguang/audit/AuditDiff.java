package org.yangguang.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an audit entry changed, field by field. Summaries are written as lines {@code 字段：值}
 * (a value may run over several lines); the diff lists only the fields whose value differs. A
 * summary with fewer than two fields is a note (such as "已退回：…") and is compared whole.
 */
public final class AuditDiff {
    private static final Pattern FIELD = Pattern.compile("^([^：:\\n]{1,20})[：:](.*)$");

    /** One changed field; {@code field} is empty for a summary without fields. */
    public record Change(String field, String before, String after) implements java.io.Serializable {}

    private AuditDiff() {}

    public static List<Change> of(String before, String after) {
        Map<String, String> b = fields(before);
        Map<String, String> a = fields(after);
        if (Math.max(named(b), named(a)) < 2) {
            // a note ("已退回：材料清单不全"), not a record of fields: compared whole
            String was = blankToNull(before);
            String is = blankToNull(after);
            return Objects.equals(was, is) ? List.of() : List.of(new Change("", was, is));
        }
        Set<String> names = new LinkedHashSet<>(b.keySet());
        names.addAll(a.keySet());
        List<Change> changes = new ArrayList<>();
        for (String name : names) {
            String was = b.get(name);
            String is = a.get(name);
            if (!Objects.equals(was, is)) changes.add(new Change(name, was, is));
        }
        return changes;
    }

    private static long named(Map<String, String> fields) {
        return fields.keySet().stream().filter(k -> !k.isEmpty()).count();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static Map<String, String> fields(String summary) {
        Map<String, String> out = new LinkedHashMap<>();
        if (summary == null || summary.isBlank()) return out;
        String current = null;
        for (String line : summary.split("\n", -1)) {
            Matcher m = FIELD.matcher(line);
            if (m.matches() && (current != null || out.isEmpty())) {
                current = m.group(1).trim();
                out.put(current, m.group(2).trim());
            } else if (current != null) {
                out.put(current, out.get(current) + "\n" + line);
            } else {
                out.merge("", line, (x, y) -> x + "\n" + y);
            }
        }
        if (out.containsKey("") && out.size() > 1) {
            // free text before the first field: the whole summary is one note
            return Map.of("", summary.trim());
        }
        return out;
    }
}
