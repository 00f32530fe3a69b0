package org.yangguang.catalog;

import java.io.Serializable;
import org.yangguang.calendar.TimeLimit;

/**
 * A matter as a list row: enough for tables and search results without loading every version.
 * Limits are those of the current published version (null before the first publication);
 * {@code openDraftStatus} is null when no change is under way.
 */
public record MatterSummary(String implementationCode, String baseCode, String name, MatterType type,
        MatterLevel level, String departmentCode, String departmentName, Integer currentVersionNumber,
        TimeLimit statutoryLimit, TimeLimit promisedLimit, HandlingKind handlingKind,
        VersionStatus openDraftStatus, Long openDraftId) implements Serializable {

    public MatterSummary withOpenDraft(VersionStatus status, Long id) {
        return new MatterSummary(implementationCode, baseCode, name, type, level, departmentCode, departmentName,
                currentVersionNumber, statutoryLimit, promisedLimit, handlingKind, status, id);
    }

    public boolean isPublished() {
        return currentVersionNumber != null;
    }
}
