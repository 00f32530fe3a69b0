package org.yangguang.catalog;

import java.time.Instant;
import java.time.LocalDate;
import org.yangguang.organization.Department;

/** Published matter versions for tests of other domains (cases). */
public final class CatalogFixtures {
    private CatalogFixtures() {}

    public static MatterDraft draft() {
        return Drafts.valid();
    }

    public static MatterVersion published(MatterDraft draft, Department department) {
        Matter matter = new Matter(draft, null, department);
        MatterVersion v = new MatterVersion(matter, draft, "office", Instant.parse("2026-01-01T00:00:00Z"));
        v.submit("office", Instant.parse("2026-01-01T00:00:00Z"));
        v.publish(1, LocalDate.of(2026, 1, 1), "office", Instant.parse("2026-01-01T00:00:00Z"));
        matter.makeCurrent(v);
        return v;
    }
}
