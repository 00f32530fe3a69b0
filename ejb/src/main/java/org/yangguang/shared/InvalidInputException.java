package org.yangguang.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Input that breaks a business rule Bean Validation cannot express on one field (or a whole file
 * with bad rows). Carries every problem found, not just the first. Maps to HTTP 400.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {
    private final List<String> errors;

    public InvalidInputException(List<String> errors) {
        super(String.join("; ", errors));
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String error) {
        this(List.of(error));
    }

    /** A required text of at most {@code max} characters, trimmed; otherwise "field: message". */
    public static String requireText(String value, String field, String message, int max) {
        if (value == null || value.isBlank()) throw new InvalidInputException(field + ": " + message);
        if (value.trim().length() > max) throw new InvalidInputException(field + ": 不超过" + max + "字");
        return value.trim();
    }

    public List<String> errors() {
        return errors;
    }
}
