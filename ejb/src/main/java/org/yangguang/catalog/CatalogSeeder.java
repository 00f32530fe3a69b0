package org.yangguang.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.yangguang.organization.Department;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.SystemText;

/**
 * Loads matters as already published, for demo data and first installation. Server-side only
 * (no role check, not reachable from the UI or API); runs inside its caller's transaction.
 */
@ApplicationScoped
public class CatalogSeeder {

    @Inject
    MatterRepository matters;

    public MatterVersion published(MatterDraft draft, Department department, LocalDate effective, String by,
            Instant now) {
        Matter parent = draft.getParentCode() == null ? null : matters.find(draft.getParentCode())
                .orElseThrow(() -> new InvalidInputException(SystemText.of("catalog.noSuchParent", draft.getParentCode())));
        List<SystemText> errors = CatalogRules.check(draft, parent == null ? null : parent.getLevel());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.stream().map(e -> new InvalidInputException.Problem(
                    SystemText.of("catalog.ofMatter", draft.getImplementationCode(), e))).toList());
        }
        Matter matter = new Matter(draft, parent, department);
        matters.add(matter);
        MatterVersion version = new MatterVersion(matter, draft, by, now);
        matters.add(version);
        version.submit(by, now);
        version.publish(1, effective, by, now);
        matter.makeCurrent(version);
        return version;
    }

    /** A pending change of a published matter, as a department would have drafted it. */
    public MatterVersion change(String implementationCode, java.util.function.Consumer<MatterDraft> edit, String by,
            Instant now, boolean submit) {
        Matter matter = matters.find(implementationCode).orElseThrow();
        MatterDraft draft = matter.getCurrentVersion().toDraft();
        edit.accept(draft);
        MatterVersion version = new MatterVersion(matter, draft, by, now);
        matters.add(version);
        if (submit) version.submit(by, now);
        return version;
    }
}
