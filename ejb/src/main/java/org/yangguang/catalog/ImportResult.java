package org.yangguang.catalog;

import java.io.Serializable;
import java.util.List;

/**
 * Outcome of an Excel import. Either every row was saved ({@code errors} empty) or nothing was
 * (each error names its row).
 */
public record ImportResult(int rows, int created, int changed, List<String> errors) implements Serializable {
    public boolean isAccepted() {
        return errors.isEmpty();
    }
}
