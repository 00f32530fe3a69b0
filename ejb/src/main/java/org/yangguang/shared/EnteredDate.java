package org.yangguang.shared;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;

/**
 * A date a person enters (a receipt date, the day a document was made, a payment, a due date):
 * within a sane window, so that a typo such as {@code -0001-01-01} or {@code 20266-01-01} is an
 * error at once instead of a record that breaks deadlines, reports and the annual statistics.
 * Not before {@link #EARLIEST} (no record of this system is older; the 条例 dates from 2008), and
 * not more than a year after today, unless the field is a future date by nature ({@link #future()}:
 * an effective date, a due date), which may lie up to {@value #FUTURE_YEARS} years ahead. Null is
 * valid (use {@code @NotNull} where the date is required).
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Constraint(validatedBy = EnteredDate.Validator.class)
public @interface EnteredDate {
    LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    int FUTURE_YEARS = 10;

    /** A date that lies ahead by its nature: up to {@value #FUTURE_YEARS} years after today. */
    boolean future() default false;

    String message() default "{yangguang.date.outOfRange}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Today in Beijing time, from the application's clock where injection reaches the validator. */
    class Validator implements ConstraintValidator<EnteredDate, LocalDate> {
        /** The one check, also for dates read outside Bean Validation (an import line): null if fine, else why not. */
        public static SystemText problem(LocalDate date, LocalDate today, boolean future) {
            LocalDate bound = bound(date, today, future);
            if (bound == null) return null;
            return SystemText.of(bound.equals(EARLIEST) && date.isBefore(EARLIEST) ? "date.tooEarly" : "date.tooLate", bound, date);
        }

        /** The bound the date is beyond (the earliest or the latest), or null if it is within both. */
        private static LocalDate bound(LocalDate date, LocalDate today, boolean future) {
            if (date == null) return null;
            if (date.isBefore(EARLIEST)) return EARLIEST;
            LocalDate latest = today.plus(future ? Period.ofYears(FUTURE_YEARS) : Period.ofYears(1));
            return date.isAfter(latest) ? latest : null;
        }

        @jakarta.inject.Inject
        Clock clock;

        private boolean future;

        @Override
        public void initialize(EnteredDate annotation) {
            future = annotation.future();
        }

        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            LocalDate today = LocalDate.now(clock != null ? clock : Clock.system(ClockProducer.ZONE));
            LocalDate bound = bound(date, today, future);
            if (bound == null) return true;
            // the bound and the date as written into the template between its keys, so that the message
            // is put into words again in the reader's language from the template alone (a page does so)
            String beyond = date.isBefore(EARLIEST) ? "{yangguang.date.notBefore}" : "{yangguang.date.notAfter}";
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(beyond + bound + "{yangguang.date.entered}" + date + "{yangguang.date.end}")
                    .addConstraintViolation();
            return false;
        }
    }
}
