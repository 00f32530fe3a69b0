package org.yangguang.shared;

import jakarta.ejb.ApplicationException;

/** The caller has the role but not the right to this object (another department's). HTTP 403. */
@ApplicationException(rollback = true)
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
