package org.yangguang.interaction.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yangguang.calendar.Calendars;
import org.yangguang.calendar.Deadline;

/** A letter as written: what the form accepts, and what the letter keeps of it. */
class LetterTest {
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    static final Deadline DUE = LetterLimits.DEFAULTS.answerDue(Calendars.official(), DAY, LetterCategory.CONSULTATION);

    static Letter letter(NewLetter f) {
        return new Letter("XX330399-20261207-000001", "ABCDEF", null, f, Instant.parse("2026-12-07T02:00:00Z"), DAY, DUE);
    }

    static NewLetter form() {
        NewLetter f = new NewLetter();
        f.setMailbox(Letter.COUNTY_HEAD);
        f.setCategory(LetterCategory.CONSULTATION);
        f.setSubject(" 老年人办理社保卡 ");
        f.setText(" 需要哪些材料？ ");
        f.setName(" 王小明 ");
        f.setPhone("13800000000");
        f.setEmail("");
        f.setConsentToPublish(Boolean.TRUE);
        return f;
    }

    private static Set<String> invalid(NewLetter f) {
        Set<String> fields = new TreeSet<>();
        for (ConstraintViolation<NewLetter> v : VALIDATOR.validate(f)) fields.add(v.getPropertyPath().toString());
        return fields;
    }

    @Test
    void aCompleteFormIsValidAndAnEmptyOneNamesEveryRequiredField() {
        assertEquals(Set.of(), invalid(form()));
        assertEquals(Set.of("mailbox", "category", "subject", "text", "name", "phone", "consentToPublish"),
                invalid(new NewLetter()), "the e-mail is optional");
    }

    @Test
    void theTextTakesFiveThousandCharactersAndNoMore() {
        NewLetter f = form();
        f.setText("信".repeat(Letter.TEXT_LENGTH));
        assertEquals(Set.of(), invalid(f));
        f.setText("信".repeat(Letter.TEXT_LENGTH + 1));
        assertEquals(Set.of("text"), invalid(f));
        f = form();
        f.setSubject("题".repeat(Letter.SUBJECT_LENGTH + 1));
        f.setEmail("not-an-address");
        f.setPhone("call me");
        assertEquals(Set.of("subject", "email", "phone"), invalid(f));
    }

    @Test
    void theLetterKeepsTheTrimmedTextAndTheWritersChoice() {
        Letter l = letter(form());
        assertTrue(l.isToCountyHead());
        assertEquals("老年人办理社保卡", l.getSubject());
        assertEquals("需要哪些材料？", l.getText());
        assertEquals("王小明", l.getWriterName());
        assertNull(l.getWriterEmail(), "a blank e-mail is none");
        assertTrue(l.isConsentToPublish());
        assertEquals(LetterStatus.RECEIVED, l.getStatus());
        assertEquals("王**", l.maskedName());

        NewLetter f = form();
        f.setConsentToPublish(Boolean.FALSE);
        f.setEmail(" wang@example.cn ");
        Letter d = new Letter("XX330399-20261207-000002", "ABCDEG", 7L, f, Instant.parse("2026-12-07T02:00:00Z"), DAY, DUE);
        assertFalse(d.isToCountyHead());
        assertFalse(d.isConsentToPublish());
        assertEquals("wang@example.cn", d.getWriterEmail());
    }

    @Test
    void theTrackingViewHasNoPersonalData() {
        NewLetter f = form();
        f.setEmail("wang@example.cn");
        Letter l = letter(f);
        PublicLetterView v = PublicLetterView.of(l, Letter.COUNTY_HEAD, null, null, java.util.List.of());
        String shown = v.toString();
        assertFalse(shown.contains("13800000000") || shown.contains("wang@example.cn") || shown.contains("王小明"), shown);
        assertEquals("咨询", v.categoryLabel());
        assertEquals(DAY, v.receivedOn());
    }
}
