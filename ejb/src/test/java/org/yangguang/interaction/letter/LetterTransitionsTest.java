package org.yangguang.interaction.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yangguang.interaction.letter.LetterAction.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yangguang.calendar.Calendars;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.ForbiddenException;
import org.yangguang.shared.InvalidInputException;

/**
 * The letter's transition table, every status × action, who may act, and the conditions: one
 * transfer, one extension, a 举报 never leaves the office.
 */
class LetterTransitionsTest {
    static final WorkingCalendar CAL = Calendars.official();
    static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    static final long SCJGJ = 11L;
    static final long MZJ = 12L;
    static final LetterTransitions.Caller OFFICE = new LetterTransitions.Caller("office", true, null);
    static final LetterTransitions.Caller CLERK = new LetterTransitions.Caller("clerk", false, SCJGJ);
    static final LetterTransitions.Caller OTHER_CLERK = new LetterTransitions.Caller("clerk2", false, MZJ);

    static Letter letter(LetterCategory category) {
        NewLetter f = LetterTest.form();
        f.setCategory(category);
        return new Letter("XX330399-20261207-000001", "ABCDEF", null, f, Instant.parse("2026-12-07T02:00:00Z"), DAY,
                LetterLimits.DEFAULTS.answerDue(CAL, DAY, category));
    }

    /** A letter in each status, routed to SCJGJ once past RECEIVED (a 投诉 handled as a complaint for COMPLAINT). */
    static Letter inStatus(LetterStatus status) {
        if (status == LetterStatus.COMPLAINT) {
            Letter c = letter(LetterCategory.COMPLAINT);
            c.becameComplaint(99L, DAY, "office");
            return c;
        }
        Letter l = letter(LetterCategory.CONSULTATION);
        if (status == LetterStatus.RECEIVED) return l;
        l.route(SCJGJ, DAY, "office");
        if (status == LetterStatus.HANDLING) return l;
        l.answer("请携带身份证和户口簿到社保窗口办理。", DAY.plusDays(1), "clerk");
        return l;
    }

    @Test
    void everyStatusTimesEveryActionForItsHandler() {
        Map<LetterStatus, Set<LetterAction>> expected = Map.of(
                LetterStatus.RECEIVED, EnumSet.of(ROUTE),
                LetterStatus.HANDLING, EnumSet.of(TRANSFER, EXTEND, ANSWER),
                LetterStatus.ANSWERED, EnumSet.of(PUBLISH),
                LetterStatus.COMPLAINT, EnumSet.noneOf(LetterAction.class));
        for (LetterStatus s : LetterStatus.values()) {
            Letter l = inStatus(s);
            for (LetterAction a : LetterAction.values()) {
                boolean allowed = LetterTransitions.check(l, a).allowed();
                assertEquals(expected.get(s).contains(a), allowed, s + " × " + a);
                // refused with its reason: the status (不能…) where the action does not start from it, else the rule's condition
                if (!allowed) assertEquals(!LetterTransitions.from(a).contains(s), LetterTransitions.check(l, a).reason().contains("不能"),
                        s + " × " + a + ": " + LetterTransitions.check(l, a).reason());
            }
        }
    }

    @Test
    void theOfficeRoutesAndTheDepartmentItWasRoutedToHandles() {
        Letter received = inStatus(LetterStatus.RECEIVED);
        assertEquals(List.of(ROUTE), LetterTransitions.allowed(received, OFFICE));
        assertEquals(List.of(), LetterTransitions.allowed(received, CLERK), "departments do not route");
        Letter handling = inStatus(LetterStatus.HANDLING);
        assertEquals(List.of(TRANSFER, EXTEND, ANSWER), LetterTransitions.allowed(handling, CLERK));
        assertEquals(List.of(), LetterTransitions.allowed(handling, OTHER_CLERK), "another department does nothing");
        assertEquals(List.of(), LetterTransitions.allowed(handling, OFFICE), "the office does not answer for the department");
        assertThrows(ForbiddenException.class, () -> LetterTransitions.check(handling, ANSWER, OTHER_CLERK).orThrow());
        assertThrows(ConflictException.class, () -> LetterTransitions.check(received, ANSWER).orThrow(), "not yet routed");
        assertEquals(LetterTransitions.Who.LETTER_OFFICE, LetterTransitions.who(ROUTE));
        assertEquals(EnumSet.of(LetterStatus.HANDLING), LetterTransitions.from(ANSWER));
    }

    @Test
    void theOfficeMayHandleALetterItself() {
        Letter l = letter(LetterCategory.SUGGESTION);
        l.route(null, DAY, "office");
        assertTrue(l.isHandledByOffice());
        assertNull(l.getHandlerDepartmentId());
        assertEquals(LetterStatus.HANDLING, l.getStatus());
        assertEquals(List.of(TRANSFER, EXTEND, ANSWER), LetterTransitions.allowed(l, OFFICE));
        assertEquals(List.of(), LetterTransitions.allowed(l, CLERK));
        l.transfer(SCJGJ, "属市场监管职责", DAY, "office");
        assertFalse(l.isHandledByOffice());
        assertEquals(SCJGJ, l.getHandlerDepartmentId());
        assertNull(l.getTransferredFromDepartmentId(), "it came from the office");
        assertEquals(List.of(EXTEND, ANSWER), LetterTransitions.allowed(l, CLERK));
    }

    @Test
    void oneTransferWithAReasonToAnotherDepartment() {
        Letter l = inStatus(LetterStatus.HANDLING);
        LocalDate due = l.getAnswerDue();
        assertThrows(InvalidInputException.class, () -> l.transfer(MZJ, " ", DAY, "clerk"), "a reason");
        assertThrows(InvalidInputException.class, () -> l.transfer(SCJGJ, "本部门", DAY, "clerk"), "not to itself");
        assertNull(l.getTransferredOn(), "a refused transfer changes nothing");
        l.transfer(MZJ, "属民政职责", DAY.plusDays(1), "clerk");
        assertEquals(MZJ, l.getHandlerDepartmentId());
        assertEquals(SCJGJ, l.getTransferredFromDepartmentId());
        assertEquals(due, l.getAnswerDue(), "the limit still counts from receipt");
        assertEquals(List.of(EXTEND, ANSWER), LetterTransitions.allowed(l, OTHER_CLERK), "no second transfer");
        assertEquals(List.of(), LetterTransitions.allowed(l, CLERK), "the first department no longer handles it");
        ConflictException twice = assertThrows(ConflictException.class, () -> l.transfer(SCJGJ, "再转", DAY, "clerk2"));
        assertTrue(twice.getMessage().contains("只能转办一次"), twice.getMessage());
    }

    @Test
    void oneExtensionWithAReason() {
        Letter l = inStatus(LetterStatus.HANDLING);
        LocalDate due = l.getAnswerDue();
        var later = LetterLimits.DEFAULTS.extendedDue(CAL, due);
        assertThrows(InvalidInputException.class, () -> l.extend(10, later, "", DAY, "clerk"));
        assertEquals(due, l.getAnswerDue(), "a refused extension changes nothing");
        l.extend(10, later, "需赴现场核实", DAY, "clerk");
        assertEquals(later.date(), l.getAnswerDue());
        assertEquals(10, l.getExtensionDays());
        assertEquals(List.of(TRANSFER, ANSWER), LetterTransitions.allowed(l, CLERK));
        ConflictException twice = assertThrows(ConflictException.class, () -> l.extend(10, later, "再延", DAY, "clerk"));
        assertTrue(twice.getMessage().contains("只能延期一次"), twice.getMessage());
    }

    @Test
    void onlyAComplaintBecomesAComplaint() {
        Letter complaint = letter(LetterCategory.COMPLAINT);
        assertEquals(List.of(ROUTE, LetterAction.COMPLAINT), LetterTransitions.allowed(complaint, OFFICE));
        assertEquals(List.of(), LetterTransitions.allowed(complaint, CLERK), "the office decides");
        complaint.becameComplaint(42L, DAY, "office");
        assertEquals(LetterStatus.COMPLAINT, complaint.getStatus());
        assertEquals(42L, complaint.getComplaintId());
        assertFalse(complaint.isOverdue(complaint.getAnswerDue().plusDays(30)), "the complaint's limits apply from here on");
        for (LetterCategory other : EnumSet.complementOf(EnumSet.of(LetterCategory.COMPLAINT))) {
            Letter l = letter(other);
            ConflictException refused = assertThrows(ConflictException.class, () -> l.becameComplaint(42L, DAY, "office"));
            assertTrue(refused.getMessage().contains("投诉"), refused.getMessage());
            assertEquals(LetterStatus.RECEIVED, l.getStatus());
        }
    }

    @Test
    void theOfficePublishesAnAnsweredLetterOnceWithoutPersonalData() {
        NewLetter f = LetterTest.form();
        f.setEmail("wang@example.cn");
        Letter l = new Letter("XX330399-20261207-000009", "ABCDEF", null, f, Instant.parse("2026-12-07T02:00:00Z"), DAY,
                LetterLimits.DEFAULTS.answerDue(CAL, DAY, LetterCategory.CONSULTATION));
        assertFalse(LetterTransitions.check(l, PUBLISH).allowed(), "not before the answer");
        assertFalse(LetterTransitions.check(l, FAQ).allowed(), "a frequent question is a published one");
        l.route(SCJGJ, DAY, "office");
        l.answer("王小明您好：请携带身份证到社保窗口办理，咨询电话 13800000000。", DAY, "clerk");
        assertEquals(List.of(PUBLISH), LetterTransitions.allowed(l, OFFICE));
        assertEquals(List.of(), LetterTransitions.allowed(l, CLERK), "the office reviews and publishes");
        // the review starts from the texts with the writer's data masked
        assertEquals("王**您好：请携带身份证到社保窗口办理，咨询电话 ***。", l.withoutPersonalData(l.getAnswer()));
        InvalidInputException named = assertThrows(InvalidInputException.class,
                () -> l.publish("需要哪些材料？", l.getAnswer(), DAY, "office"));
        assertTrue(named.getMessage().contains("answer"), named.getMessage());
        assertThrows(InvalidInputException.class, () -> l.publish("请回复 WANG@example.cn", "请携带身份证。", DAY, "office"));
        assertThrows(InvalidInputException.class, () -> l.publish(" ", "请携带身份证。", DAY, "office"));
        assertNull(l.getPublishedOn(), "a refused publication changes nothing");
        l.publish("需要哪些材料？", l.withoutPersonalData(l.getAnswer()), DAY, "office");
        assertEquals(DAY, l.getPublishedOn());
        assertEquals("需要哪些材料？", l.getPublishedQuestion());
        ConflictException twice = assertThrows(ConflictException.class, () -> l.publish("x", "y", DAY, "office"));
        assertTrue(twice.getMessage().contains("已公开"), twice.getMessage());
        // then a frequent question, once
        assertEquals(List.of(FAQ), LetterTransitions.allowed(l, OFFICE));
        l.promoteToFaq("11330399001000010101000000");
        assertTrue(l.isFaq());
        assertEquals(List.of(), LetterTransitions.allowed(l, OFFICE));
    }

    @Test
    void noConsentOrAReportIsNeverPublished() {
        NewLetter f = LetterTest.form();
        f.setConsentToPublish(Boolean.FALSE);
        Letter l = new Letter("XX330399-20261207-000010", "ABCDEF", null, f, Instant.parse("2026-12-07T02:00:00Z"), DAY,
                LetterLimits.DEFAULTS.answerDue(CAL, DAY, LetterCategory.CONSULTATION));
        l.route(null, DAY, "office");
        l.answer("答复", DAY, "office");
        assertTrue(LetterTransitions.check(l, PUBLISH).reason().contains("未同意公开"));
        Letter report = letter(LetterCategory.REPORT);
        report.route(null, DAY, "office");
        report.answer("已移交调查", DAY, "office");
        assertTrue(report.isConsentToPublish(), "even with the writer's consent");
        assertTrue(LetterTransitions.check(report, PUBLISH).reason().contains("举报不予公开"));
    }

    @Test
    void aReportStaysWithTheOffice() {
        Letter report = letter(LetterCategory.REPORT);
        InvalidInputException routed = assertThrows(InvalidInputException.class, () -> report.route(SCJGJ, DAY, "office"));
        assertEquals(LetterStatus.RECEIVED, report.getStatus(), "a refused routing changes nothing");
        assertTrue(routed.getMessage().contains("举报"), routed.getMessage());
        report.route(null, DAY, "office");
        assertEquals(List.of(EXTEND, ANSWER), LetterTransitions.allowed(report, OFFICE), "never transferred to a department");
        assertFalse(LetterTransitions.check(report, TRANSFER).allowed());
    }

    @ParameterizedTest
    @EnumSource(LetterCategory.class)
    void anAnswerNeedsText(LetterCategory category) {
        Letter l = letter(category);
        l.route(null, DAY, "office");
        assertThrows(InvalidInputException.class, () -> l.answer("  ", DAY, "office"));
        assertThrows(InvalidInputException.class, () -> l.answer("答".repeat(Letter.ANSWER_LENGTH + 1), DAY, "office"));
        assertEquals(LetterStatus.HANDLING, l.getStatus());
        l.answer("答".repeat(Letter.ANSWER_LENGTH), DAY, "office");
        assertEquals(LetterStatus.ANSWERED, l.getStatus());
        assertFalse(l.isAnsweredLate());
    }

    @Test
    void lateWhenItsDeadlinePassesUnanswered() {
        Letter l = inStatus(LetterStatus.HANDLING);
        LocalDate due = l.getAnswerDue();
        assertFalse(l.isOverdue(due), "answered on the deadline day is on time");
        assertTrue(l.isOverdue(due.plusDays(1)));
        l.answer("已答复", due.plusDays(1), "clerk");
        assertFalse(l.isOverdue(due.plusDays(5)), "answered: no longer overdue");
        assertTrue(l.isAnsweredLate());
    }
}
