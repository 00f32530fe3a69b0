package org.yangguang.shared;

import jakarta.ejb.ApplicationException;

/**
 * The action is not allowed in the current state (e.g. publishing a draft that was never
 * submitted), or someone else changed the data first. Maps to HTTP 409.
 */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
