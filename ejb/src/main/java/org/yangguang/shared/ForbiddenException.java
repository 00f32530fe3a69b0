package org.yangguang.shared;

import jakarta.ejb.ApplicationException;

/** The caller has the role but not the right to this object (another department's). HTTP 403. */
@ApplicationException(rollback = true)
public class ForbiddenException extends RuntimeException implements Refusal {
    private static final long serialVersionUID = 1L;
    private final SystemText text;

    public ForbiddenException(SystemText text) {
        super(text.chinese());
        this.text = text;
    }

    @Override
    public SystemText text() {
        return text;
    }
}
