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

    public List<String> errors() {
        return errors;
    }
}
