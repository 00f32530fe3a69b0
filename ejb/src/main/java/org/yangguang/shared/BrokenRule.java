package org.yangguang.shared;

/**
 * A domain object refuses a change its rules forbid (a second correction notice, a fee already
 * paid): Java's {@link IllegalStateException}, so plain domain code and its tests need nothing
 * else, with the refusal in words. A service turns it into a {@link ConflictException}.
 */
public class BrokenRule extends IllegalStateException implements Refusal {
    private static final long serialVersionUID = 1L;
    private final SystemText text;

    public BrokenRule(SystemText text) {
        super(text.chinese());
        this.text = text;
    }

    @Override
    public SystemText text() {
        return text;
    }
}
