package org.yangguang.catalog;

import java.io.Serializable;

/**
 * Filters of the matter list. {@code text} matches the name or codes (Chinese text works: "食品"
 * finds "食品经营许可"). {@code publishedOnly} is forced on for the public and the API;
 * {@code unpublishedOnlyOf} (a department code) limits unpublished matters to that department.
 */
public record MatterQuery(String text, String departmentCode, MatterType type, MatterLevel level,
        boolean publishedOnly, String unpublishedOnlyOf) implements Serializable {

    public MatterQuery(String text, String departmentCode, MatterType type, MatterLevel level, boolean publishedOnly) {
        this(text, departmentCode, type, level, publishedOnly, null);
    }

    public static MatterQuery published(String text, String departmentCode, MatterType type) {
        return new MatterQuery(text, departmentCode, type, null, true);
    }

    public MatterQuery onlyPublished() {
        return new MatterQuery(text, departmentCode, type, level, true);
    }

    /** Unpublished matters (drafts) only of this department, if any: a department reads its own drafts only. */
    public MatterQuery withUnpublishedOnlyOf(String departmentCodeOrNull) {
        return new MatterQuery(text, departmentCode, type, level, publishedOnly, departmentCodeOrNull);
    }
}
