package org.yangguang.shared;

import jakarta.ejb.ApplicationException;

/**
 * The action is not allowed in the current state (e.g. publishing a draft that was never
 * submitted), or someone else changed the data first. Maps to HTTP 409.
 */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException implements Refusal {
    private static final long serialVersionUID = 1L;
    private final SystemText text;

    public ConflictException(SystemText text) {
        super(text.chinese());
        this.text = text;
    }

    @Override
    public SystemText text() {
        return text;
    }
}
