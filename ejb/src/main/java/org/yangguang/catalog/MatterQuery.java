package org.yangguang.catalog;

import java.io.Serializable;

/**
 * Filters of the matter list. {@code text} matches the name or codes (Chinese text works: "食品"
 * finds "食品经营许可"). {@code publishedOnly} is forced on for the public and the API.
 */
public record MatterQuery(String text, String departmentCode, MatterType type, MatterLevel level,
        boolean publishedOnly) implements Serializable {

    public static MatterQuery published(String text, String departmentCode, MatterType type) {
        return new MatterQuery(text, departmentCode, type, null, true);
    }

    public MatterQuery onlyPublished() {
        return new MatterQuery(text, departmentCode, type, level, true);
    }
}
