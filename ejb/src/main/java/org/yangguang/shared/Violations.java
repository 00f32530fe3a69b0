package org.yangguang.shared;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidationException;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Locale;

/**
 * A Bean Validation failure in the reader's language. A violation raised inside a service (method
 * validation of an EJB) arrives with its message already put into words in the server's language;
 * its template ({@code {catalog.matter.name.size}}, bundle {@code ValidationMessages}) is put into
 * words again here, by the validator factory's own interpolator, in the language asked for.
 */
public final class Violations {
    private Violations() {}

    /** The violation's message in this language. */
    public static String message(ConstraintViolation<?> v, Locale locale) {
        try {
            return interpolator().interpolate(v.getMessageTemplate(), context(v), locale);
        } catch (RuntimeException e) {
            return v.getMessage(); // no validator here (a plain unit test): the message as it was made
        }
    }

    /**
     * The violation as a system text in both languages of the application, for what is stored or
     * returned past the violation (a line of an import, a row of a spreadsheet).
     */
    public static SystemText text(ConstraintViolation<?> v) {
        return SystemText.of("text.inLanguages", message(v, Locale.SIMPLIFIED_CHINESE), message(v, Locale.ENGLISH));
    }

    /** The field a violation is about, as the API names it: {@code materials[0].name}, without method and parameter names. */
    public static String field(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        // "draftNew.draft.materials[0].name" -> "materials[0].name"
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length)) : parts[parts.length - 1];
    }

    private static MessageInterpolator interpolator() {
        return CDI.current().select(ValidatorFactory.class).get().getMessageInterpolator();
    }

    /** What the interpolator reads of the violation: its constraint (for {@code {max}}) and the value. */
    private static MessageInterpolator.Context context(ConstraintViolation<?> v) {
        return new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return v.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return v.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                if (type.isInstance(this)) return type.cast(this);
                throw new ValidationException("not a " + type.getName());
            }
        };
    }
}
