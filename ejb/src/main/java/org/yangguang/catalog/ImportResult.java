package org.yangguang.catalog;

import java.io.Serializable;
import java.util.List;
import org.yangguang.shared.SystemText;

/**
 * Outcome of an Excel import. Either every row was saved ({@code errors} empty) or nothing was
 * (each error names its row).
 */
public record ImportResult(int rows, int created, int changed, List<SystemText> errors) implements Serializable {
    public boolean isAccepted() {
        return errors.isEmpty();
    }
}
