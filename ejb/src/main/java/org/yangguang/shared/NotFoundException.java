package org.yangguang.shared;

import jakarta.ejb.ApplicationException;

/** The thing asked for does not exist (or is not visible to the caller). Maps to HTTP 404. */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
