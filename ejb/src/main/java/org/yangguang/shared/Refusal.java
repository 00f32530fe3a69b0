package org.yangguang.shared;

/**
 * A refusal of the services (a conflict with the state, a right the caller lacks, something that
 * does not exist) in words: a system text, so that the page shows it in the visitor's language and
 * the API in the one asked for. The exception's {@code getMessage()} is the same text in Chinese,
 * for the logs and for callers that ask for nothing else.
 */
public interface Refusal {
    SystemText text();

    /** The words of a refusal, or, from anywhere else, its message as it is. */
    static SystemText words(Throwable e) {
        return e instanceof Refusal r ? r.text() : SystemText.of("text.literal", String.valueOf(e.getMessage()));
    }
}
