package org.yangguang.shared;

import jakarta.ejb.ApplicationException;

/** The thing asked for does not exist (or is not visible to the caller). Maps to HTTP 404. */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException implements Refusal {
    private static final long serialVersionUID = 1L;
    private final SystemText text;

    public NotFoundException(SystemText text) {
        super(text.chinese());
        this.text = text;
    }

    @Override
    public SystemText text() {
        return text;
    }
}
