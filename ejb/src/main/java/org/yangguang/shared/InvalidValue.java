package org.yangguang.shared;

/**
 * A domain object refuses a value (a payment before its notice, an extension of 30 days): Java's
 * {@link IllegalArgumentException}, so plain domain code and its tests need nothing else, with the
 * refusal in words. A service turns it into an {@link InvalidInputException}.
 */
public class InvalidValue extends IllegalArgumentException implements Refusal {
    private static final long serialVersionUID = 1L;
    private final SystemText text;

    public InvalidValue(SystemText text) {
        super(text.chinese());
        this.text = text;
    }

    @Override
    public SystemText text() {
        return text;
    }
}
