package org.yangguang.shared;

import jakarta.ejb.ApplicationException;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Input that breaks a business rule Bean Validation cannot express on one field (or a whole file
 * with bad rows). Carries every problem found, not just the first, each as the field it concerns
 * and a system text, so that a page shows it at its field in the visitor's language and the API
 * lists it as {@code "field: text"}. Maps to HTTP 400.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException implements Refusal {
    private static final long serialVersionUID = 1L;

    /**
     * One problem: the field as the API names it ({@code reason}, {@code materials[0].name}; null
     * when it is about the input as a whole) and what is wrong with it.
     */
    public record Problem(String field, SystemText text) implements Serializable {
        private static final long serialVersionUID = 1L;

        public Problem {
            Objects.requireNonNull(text, "a problem needs its text");
        }

        /** A problem of the input as a whole. */
        public Problem(SystemText text) {
            this(null, text);
        }

        /** "field: words", or the words alone without a field. */
        public String with(String words) {
            return field == null ? words : field + ": " + words;
        }

        /** In Chinese, as the API has always listed it. */
        public String chinese() {
            return with(text.chinese());
        }

        /** As one text: "field: text", or the text alone. */
        public SystemText asText() {
            return field == null ? text : SystemText.of("text.field", field, text);
        }
    }

    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(String.join("; ", problems.stream().map(Problem::chinese).toList()));
        if (problems.isEmpty()) throw new IllegalArgumentException("invalid input needs at least one problem");
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, SystemText text) {
        this(List.of(new Problem(field, text)));
    }

    /** A problem of the input as a whole, no one field. */
    public InvalidInputException(SystemText text) {
        this(null, text);
    }

    /**
     * A required text of at most {@code max} characters, trimmed; otherwise the problem at
     * {@code field}: {@code missing} when blank, "不超过N字" when too long.
     */
    public static String requireText(String value, String field, SystemText missing, int max) {
        if (value == null || value.isBlank()) throw new InvalidInputException(field, missing);
        if (value.trim().length() > max) throw new InvalidInputException(field, SystemText.of("input.tooLong", max));
        return value.trim();
    }

    /** All problems as one text, "field: text; field: text" (the Chinese is {@link #getMessage()}). */
    @Override
    public SystemText text() {
        if (problems.size() == 1) return problems.get(0).asText();
        return SystemText.of("text.joined", new SystemText.Joined(problems.stream().map(Problem::asText).toList(), "text.problemSeparator"));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The problems in Chinese, "field: text" each (the REST API's {@code errors}). */
    public List<String> errors() {
        return problems.stream().map(Problem::chinese).toList();
    }
}
