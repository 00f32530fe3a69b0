package org.yangguang.interaction.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yangguang.shared.ConflictException;

/** A letter takes at most five attachments, and only while it waits for routing. */
class LetterAttachmentsTest {

    @Test
    void fiveAttachmentsInTheWritersOrderAndNoSixth() {
        Letter l = LetterTest.letter(LetterTest.form());
        for (long id = 1; id <= Letter.MAX_ATTACHMENTS; id++) l.attach(id * 10);
        assertEquals(List.of(10L, 20L, 30L, 40L, 50L), l.getAttachmentIds());
        ConflictException e = assertThrows(ConflictException.class, () -> l.attach(60));
        assertEquals("letter.tooManyAttachments", e.text().key());
        assertEquals(5, l.getAttachmentIds().size(), "nothing added");
    }

    @Test
    void theFilesChosenOnTheFormCountTogether() {
        Letter l = LetterTest.letter(LetterTest.form());
        l.attach(1);
        l.requireAttachable(4);
        assertThrows(ConflictException.class, () -> l.requireAttachable(5));
    }

    @Test
    void aRoutedLetterTakesNoMoreFiles() {
        Letter l = LetterTest.letter(LetterTest.form());
        l.attach(1);
        l.route(7L, LetterTest.DUE.date(), "office");
        ConflictException e = assertThrows(ConflictException.class, () -> l.attach(2));
        assertEquals("letter.attachmentsClosed", e.text().key());
        assertEquals(List.of(1L), l.getAttachmentIds());
    }
}
