package org.yangguang.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yangguang.calendar.CalendarDay;
import org.yangguang.calendar.Calendars;
import org.yangguang.calendar.DayKind;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.ForbiddenException;
import org.yangguang.shared.InvalidInputException;

/**
 * The workflow of a proactive-disclosure item: drafted, submitted for the confidentiality review
 * (保密审查), published or returned, withdrawn, repealed or amended; and its publication deadline,
 * 20 working days after it was formed (条例 第二十六条), counted by hand on the official calendars
 * (calendar/cn-2025.csv, cn-2026.csv): (Sun)/(Sat) marks a make-up workday (调休上班).
 */
class DisclosureItemTest {
    static final WorkingCalendar CAL = Calendars.official();
    static final DisclosureCategory RULES = new DisclosureCategory("GZ", "规章", "县政府规章", 1);
    static final DisclosureCategory NORMATIVE = new DisclosureCategory("GFXWJ", "行政规范性文件", null, 2);
    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    static final Instant T1 = Instant.parse("2026-03-03T02:00:00Z");
    static final Instant T2 = Instant.parse("2026-03-04T03:00:00Z");

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    static ItemContent content(String title, String formedOn) {
        return new ItemContent(title, "阳政发〔2026〕1号", d(formedOn), "<p>正文</p>", "正文", null);
    }

    /** A draft by "editor", formed on {@code formedOn}. */
    static DisclosureItem draft(String formedOn) {
        return new DisclosureItem(RULES, 7L, content("关于印发某某办法的通知", formedOn), "editor", T0, CAL);
    }

    static DisclosureItem submitted(String formedOn) {
        DisclosureItem item = draft(formedOn);
        item.submit("clerk", T1);
        return item;
    }

    /** Drafted by "editor", submitted by "clerk", approved by "reviewer" on {@code publishedOn}. */
    static DisclosureItem published(String formedOn, String publishedOn) {
        DisclosureItem item = submitted(formedOn);
        item.approve("reviewer", null, T2, d(publishedOn));
        return item;
    }

    @Nested
    class PublicationDeadline {
        @ParameterizedTest(name = "formed {0}: publish by {1} ({2})")
        @CsvSource(delimiter = '|', value = {
            "2026-11-23 | 2026-12-21 | four plain weeks",
            "2025-09-26 | 2025-10-30 | 国庆节、中秋节 2025: 09-28(Sun), 29, 30, 10-09, 10, 11(Sat), 13..17, 20..24, 27..30",
            "2025-01-24 | 2025-02-27 | 春节 2025: 01-26(Sun), 27, 02-05, 06, 07, 08(Sat), 10..14, 17..21, 24..27",
            "2025-12-19 | 2026-01-19 | 元旦 2026 across the year: 22..26, 29, 30, 31, 01-04(Sun), 05..09, 12..16, 19"
        })
        void twentyWorkingDaysAfterItWasFormed(String formedOn, String expected, String counted) {
            DisclosureItem item = draft(formedOn);
            assertEquals(d(formedOn), item.getFormedOn());
            assertEquals(d(expected), item.getPublishDue(), counted);
            assertEquals(CAL.version(), item.getCalendarVersion());
        }

        @Test
        void aHolidayInBetweenMovesItLaterAndAMakeUpWorkdayEarlier() {
            // 2027 is not on the official calendars: a schedule of its own, Monday 2027-03-01 formed.
            LocalDate formed = d("2027-03-01");
            CalendarDay holiday = new CalendarDay(d("2027-03-03"), DayKind.HOLIDAY, "测试假日");
            CalendarDay makeUp = new CalendarDay(d("2027-03-06"), DayKind.WORKDAY, "测试调休上班");
            ItemContent c = new ItemContent("办法", null, formed, "<p>x</p>", "x", null);

            // weekdays only: 02..05, 08..12, 15..19, 22..26, 29 → 20th is 03-29
            DisclosureItem plain = new DisclosureItem(RULES, 1L, c, "editor", T0, new WorkingCalendar(3, Map.of(2027, List.of())));
            assertEquals(d("2027-03-29"), plain.getPublishDue());
            // the holiday: 02, 04, 05, 08..12, 15..19, 22..26, 29, 30 → 03-30
            DisclosureItem withHoliday = new DisclosureItem(RULES, 1L, c, "editor", T0,
                    new WorkingCalendar(4, Map.of(2027, List.of(holiday))));
            assertEquals(d("2027-03-30"), withHoliday.getPublishDue());
            assertEquals(4, withHoliday.getCalendarVersion());
            // and the Saturday make-up day: 02, 04, 05, 06(Sat), 08..12, 15..19, 22..26, 29 → back to 03-29
            DisclosureItem both = new DisclosureItem(RULES, 1L, c, "editor", T0,
                    new WorkingCalendar(5, Map.of(2027, List.of(holiday, makeUp))));
            assertEquals(d("2027-03-29"), both.getPublishDue());
            assertEquals(5, both.getCalendarVersion());
        }

        @Test
        void aCalendarChangeRecomputesTheDeadlineAndNotesTheVersion() {
            DisclosureItem item = draft("2025-09-26");
            assertEquals(d("2025-10-30"), item.getPublishDue());
            item.recompute(WorkingCalendar.weekendsOnly());
            // plain weekends: 29, 30, 10-01..03, 06..10, 13..17, 20..24 → 10-24
            assertEquals(d("2025-10-24"), item.getPublishDue());
            assertEquals(0, item.getCalendarVersion());
            item.recompute(CAL);
            assertEquals(d("2025-10-30"), item.getPublishDue());
            assertEquals(2, item.getCalendarVersion());
        }
    }

    @Nested
    class Drafting {
        @Test
        void aNewItemIsAnEditableDraftInForce() {
            DisclosureItem item = draft("2026-03-02");
            assertEquals(ItemStatus.DRAFT, item.getStatus());
            assertEquals(Validity.IN_FORCE, item.getValidity());
            assertEquals("editor", item.getCreatedBy());
            assertEquals(T0, item.getCreatedAt());
            assertEquals(RULES, item.getCategory());
            assertEquals(7L, item.getDepartmentId());
            assertEquals("关于印发某某办法的通知", item.getTitle());
            assertEquals("阳政发〔2026〕1号", item.getDocumentNumber());
            assertEquals("<p>正文</p>", item.getBody());
            assertEquals("正文", item.getBodyText());
            assertFalse(item.isPublic());
            assertNull(item.getPublishedOn());
            assertNull(item.getSubmittedBy());
            assertTrue(item.getAttachmentIds().isEmpty());
        }

        @Test
        void aDraftCanBeChangedAndItsDeadlineFollowsTheNewDate() {
            DisclosureItem item = draft("2026-11-23");
            assertEquals(d("2026-12-21"), item.getPublishDue());
            item.change(NORMATIVE, 9L, new ItemContent("新标题", null, d("2025-09-26"), "<p>新</p>", "新", 55L), CAL);
            assertEquals(NORMATIVE, item.getCategory());
            assertEquals(9L, item.getDepartmentId());
            assertEquals("新标题", item.getTitle());
            assertNull(item.getDocumentNumber());
            assertEquals("<p>新</p>", item.getBody());
            assertEquals("新", item.getBodyText());
            assertEquals(55L, item.getSupersedesId());
            assertEquals(d("2025-09-26"), item.getFormedOn());
            assertEquals(d("2025-10-30"), item.getPublishDue());
            assertEquals(ItemStatus.DRAFT, item.getStatus());
        }

        @Test
        void submittingRecordsWhoAndWhen() {
            DisclosureItem item = draft("2026-03-02");
            item.submit("clerk", T1);
            assertEquals(ItemStatus.SUBMITTED, item.getStatus());
            assertEquals("clerk", item.getSubmittedBy());
            assertEquals(T1, item.getSubmittedAt());
            assertFalse(item.isPublic());
            assertThrows(ConflictException.class, () -> item.submit("clerk", T2), "submitted twice");
        }

        @Test
        void aSubmittedItemCannotBeChangedNorGetAttachments() {
            DisclosureItem item = submitted("2026-03-02");
            assertThrows(ConflictException.class, () -> item.change(RULES, 7L, content("别的标题", "2026-03-02"), CAL));
            assertEquals("关于印发某某办法的通知", item.getTitle(), "unchanged");
            assertThrows(ConflictException.class, () -> item.attach(1L));
            assertThrows(ConflictException.class, () -> item.detach(1L));
        }
    }

    @Nested
    class ConfidentialityReview {
        @Test
        void theCreatorMayNotApproveItsOwnItem() {
            DisclosureItem item = submitted("2026-03-02");
            assertThrows(ForbiddenException.class, () -> item.approve("editor", null, T2, d("2026-03-04")));
            assertEquals(ItemStatus.SUBMITTED, item.getStatus());
            assertNull(item.getReviewedBy());
            assertNull(item.getPublishedOn());
        }

        @Test
        void theSubmitterMayNotApproveIt() {
            DisclosureItem item = submitted("2026-03-02");
            assertThrows(ForbiddenException.class, () -> item.approve("clerk", null, T2, d("2026-03-04")));
            assertEquals(ItemStatus.SUBMITTED, item.getStatus());
            assertNull(item.getReviewedBy());
        }

        @Test
        void theCreatorSubmittingItselfCannotReviewEither() {
            DisclosureItem item = draft("2026-03-02");
            item.submit("editor", T1);
            assertThrows(ForbiddenException.class, () -> item.approve("editor", null, T2, d("2026-03-04")));
            assertThrows(ForbiddenException.class, () -> item.returnForChanges("editor", "请修改", T2));
        }

        @Test
        void anotherReviewerPublishesIt() {
            DisclosureItem item = submitted("2026-03-02");
            item.approve("reviewer", null, T2, d("2026-03-04"));
            assertEquals(ItemStatus.PUBLISHED, item.getStatus());
            assertTrue(item.isPublic());
            assertEquals(d("2026-03-04"), item.getPublishedOn());
            assertEquals(T2, item.getPublishedAt());
            assertEquals("reviewer", item.getReviewedBy());
            assertEquals(T2, item.getReviewedAt());
            assertNull(item.getReviewNote());
        }

        @Test
        void approvingTwiceIsAConflict() {
            DisclosureItem item = published("2026-03-02", "2026-03-04");
            assertThrows(ConflictException.class, () -> item.approve("reviewer2", null, T2, d("2026-03-05")));
            assertEquals(d("2026-03-04"), item.getPublishedOn(), "the first publication date stays");
            assertEquals("reviewer", item.getReviewedBy());
        }

        @Test
        void aDraftThatWasNeverSubmittedCannotBeReviewed() {
            DisclosureItem item = draft("2026-03-02");
            assertThrows(ConflictException.class, () -> item.approve("reviewer", null, T2, d("2026-03-04")));
            assertThrows(ConflictException.class, () -> item.returnForChanges("reviewer", "请修改", T2));
            assertEquals(ItemStatus.DRAFT, item.getStatus());
        }

        @Test
        void returningNeedsAReason() {
            DisclosureItem item = submitted("2026-03-02");
            InvalidInputException none = assertThrows(InvalidInputException.class, () -> item.returnForChanges("reviewer", null, T2));
            assertTrue(none.getMessage().startsWith("reason: "), none.getMessage());
            assertThrows(InvalidInputException.class, () -> item.returnForChanges("reviewer", "   ", T2));
            assertThrows(InvalidInputException.class,
                    () -> item.returnForChanges("reviewer", "长".repeat(DisclosureItem.REASON_LENGTH + 1), T2));
            assertEquals(ItemStatus.SUBMITTED, item.getStatus());
            assertNull(item.getReviewedBy());
        }

        @Test
        void aReturnedItemIsEditableAgainAndGoesRoundOnceMore() {
            DisclosureItem item = submitted("2026-03-02");
            item.returnForChanges("reviewer", "  第三段涉及个人信息，请删除  ", T2);
            assertEquals(ItemStatus.RETURNED, item.getStatus());
            assertEquals("第三段涉及个人信息，请删除", item.getReviewNote());
            assertEquals("reviewer", item.getReviewedBy());
            assertFalse(item.isPublic());
            assertNull(item.getPublishedOn());
            assertThrows(ConflictException.class, () -> item.approve("reviewer", null, T2, d("2026-03-05")), "returned, not submitted");

            item.change(RULES, 7L, new ItemContent("修改后的标题", null, d("2026-03-02"), "<p>已删除</p>", "已删除", null), CAL);
            assertEquals("修改后的标题", item.getTitle());
            item.attach(301L);
            item.submit("clerk", Instant.parse("2026-03-06T00:00:00Z"));
            assertEquals(ItemStatus.SUBMITTED, item.getStatus());
            item.approve("reviewer", null, Instant.parse("2026-03-09T00:00:00Z"), d("2026-03-09"));
            assertEquals(ItemStatus.PUBLISHED, item.getStatus());
            assertNull(item.getReviewNote(), "the return note is cleared on approval");
            assertEquals(List.of(301L), item.getAttachmentIds());
        }

        @Test
        void aPublishedItemCannotBeChanged() {
            DisclosureItem item = published("2026-03-02", "2026-03-04");
            assertThrows(ConflictException.class, () -> item.change(RULES, 7L, content("别的标题", "2026-03-02"), CAL));
            assertThrows(ConflictException.class, () -> item.attach(1L));
            assertThrows(ConflictException.class, () -> item.submit("clerk", T2));
        }
    }

    @Nested
    class Withdrawal {
        @Test
        void onlyAPublishedItemCanBeWithdrawn() {
            assertThrows(ConflictException.class, () -> draft("2026-03-02").withdraw("editor", "错误", T2));
            assertThrows(ConflictException.class, () -> submitted("2026-03-02").withdraw("editor", "错误", T2));
        }

        @Test
        void itNeedsAReason() {
            DisclosureItem item = published("2026-03-02", "2026-03-04");
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> item.withdraw("editor", " ", T2));
            assertTrue(e.getMessage().startsWith("reason: "), e.getMessage());
            assertThrows(InvalidInputException.class, () -> item.withdraw("editor", null, T2));
            assertEquals(ItemStatus.PUBLISHED, item.getStatus());
            assertTrue(item.isPublic());
            assertNull(item.getWithdrawnBy());
        }

        @Test
        void aWithdrawnItemKeepsItsRecordAndReason() {
            DisclosureItem item = published("2026-03-02", "2026-03-04");
            Instant at = Instant.parse("2026-03-10T08:00:00Z");
            item.withdraw("editor", " 误发 ", at);
            assertEquals(ItemStatus.WITHDRAWN, item.getStatus());
            assertFalse(item.isPublic());
            assertEquals("误发", item.getWithdrawReason());
            assertEquals("editor", item.getWithdrawnBy());
            assertEquals(at, item.getWithdrawnAt());
            assertEquals(d("2026-03-04"), item.getPublishedOn(), "the publication stays on record");
            assertThrows(ConflictException.class, () -> item.withdraw("editor", "再撤", at), "withdrawn twice");
            assertThrows(ConflictException.class, () -> item.change(RULES, 7L, content("x", "2026-03-02"), CAL));
        }
    }

    @Nested
    class ValidityOfPublishedDocuments {
        @Test
        void onlyAPublishedDocumentCanBeRepealed() {
            assertThrows(ConflictException.class, () -> draft("2026-03-02").repeal(d("2026-06-01")));
            assertThrows(ConflictException.class, () -> submitted("2026-03-02").repeal(d("2026-06-01")));
            DisclosureItem withdrawn = published("2026-03-02", "2026-03-04");
            withdrawn.withdraw("editor", "误发", T2);
            assertThrows(ConflictException.class, () -> withdrawn.repeal(d("2026-06-01")));
            assertEquals(Validity.IN_FORCE, withdrawn.getValidity());
        }

        @Test
        void notBeforeItWasFormed() {
            DisclosureItem item = published("2026-03-02", "2026-03-04");
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> item.repeal(d("2026-03-01")));
            assertTrue(e.getMessage().startsWith("on: "), e.getMessage());
            assertThrows(InvalidInputException.class, () -> item.repeal(null));
            assertEquals(Validity.IN_FORCE, item.getValidity());
            assertNull(item.getValidityChangedOn());
        }

        @Test
        void repealedFromThatDayAndStillPublic() {
            DisclosureItem item = published("2026-03-02", "2026-03-04");
            item.repeal(d("2026-03-02")); // the day it was formed is allowed
            assertEquals(Validity.REPEALED, item.getValidity());
            assertEquals(d("2026-03-02"), item.getValidityChangedOn());
            assertEquals(ItemStatus.PUBLISHED, item.getStatus());
            assertTrue(item.isPublic());
            ConflictException twice = assertThrows(ConflictException.class, () -> item.repeal(d("2026-09-01")));
            assertTrue(twice.getMessage().contains(Validity.REPEALED.label()), twice.getMessage());
            assertEquals(d("2026-03-02"), item.getValidityChangedOn(), "the first date stays");
        }

        @Test
        void anAmendedDocumentCannotBeRepealed() {
            DisclosureItem item = published("2026-03-02", "2026-03-04");
            item.amendedBy(99L, d("2026-07-01"));
            assertThrows(ConflictException.class, () -> item.repeal(d("2026-08-01")));
            assertEquals(Validity.AMENDED, item.getValidity());
        }

        @Test
        void aNewerVersionMarksItAmendedOnce() {
            DisclosureItem item = published("2026-03-02", "2026-03-04");
            item.amendedBy(99L, d("2026-07-01"));
            assertEquals(Validity.AMENDED, item.getValidity());
            assertEquals(d("2026-07-01"), item.getValidityChangedOn());
            assertEquals(99L, item.getSupersededById());
            assertTrue(item.isPublic(), "an amended version stays public");

            item.amendedBy(120L, d("2026-10-01"));
            assertEquals(Validity.AMENDED, item.getValidity());
            assertEquals(d("2026-07-01"), item.getValidityChangedOn(), "amended from the first newer version on");
            assertEquals(120L, item.getSupersededById(), "the link follows the newest version");
        }

        @Test
        void aRepealedDocumentStaysRepealedWhenANewerVersionAppears() {
            DisclosureItem item = published("2026-03-02", "2026-03-04");
            item.repeal(d("2026-05-01"));
            item.amendedBy(99L, d("2026-07-01"));
            assertEquals(Validity.REPEALED, item.getValidity());
            assertEquals(d("2026-05-01"), item.getValidityChangedOn());
            assertEquals(99L, item.getSupersededById());
        }
    }

    @Nested
    class Lateness {
        // formed 2026-11-23: due 2026-12-21
        @Test
        void anUnpublishedItemIsLateOnlyAfterTheDueDay() {
            DisclosureItem item = draft("2026-11-23");
            assertEquals(d("2026-12-21"), item.getPublishDue());
            assertFalse(item.isLate(d("2026-12-01")));
            assertFalse(item.isLate(d("2026-12-21")), "the due day is in time");
            assertTrue(item.isLate(d("2026-12-22")));
            item.submit("clerk", T1);
            assertTrue(item.isLate(d("2026-12-22")), "waiting for the review is late too");
            item.returnForChanges("reviewer", "请修改", T2);
            assertTrue(item.isLate(d("2026-12-22")), "and so is a returned one");
        }

        @Test
        void publishedAfterTheDueDayStaysLate() {
            DisclosureItem item = published("2026-11-23", "2026-12-22");
            assertTrue(item.isLate(d("2026-12-22")));
            assertTrue(item.isLate(d("2026-11-24")), "judged by the publication date, not today");
            assertTrue(item.isLate(d("2027-06-01")));
        }

        @Test
        void publishedOnTheDueDayIsNotLate() {
            DisclosureItem item = published("2026-11-23", "2026-12-21");
            assertFalse(item.isLate(d("2026-12-21")));
            assertFalse(item.isLate(d("2027-06-01")), "however long after");
        }

        @Test
        void aWithdrawnItemIsJudgedByWhenItWasPublished() {
            DisclosureItem inTime = published("2026-11-23", "2026-12-01");
            inTime.withdraw("editor", "误发", T2);
            assertFalse(inTime.isLate(d("2027-06-01")));
            DisclosureItem late = published("2026-11-23", "2026-12-30");
            late.withdraw("editor", "误发", T2);
            assertTrue(late.isLate(d("2027-06-01")));
        }
    }

    @Nested
    class Attachments {
        @Test
        void atMostTwentyInTheOrderAdded() {
            DisclosureItem item = draft("2026-03-02");
            LongStream.rangeClosed(1, 20).forEach(item::attach);
            assertEquals(LongStream.rangeClosed(1, 20).boxed().toList(), item.getAttachmentIds());
            ConflictException e = assertThrows(ConflictException.class, () -> item.attach(21L));
            assertEquals("附件不超过20个", e.getMessage());
            assertEquals(20, item.getAttachmentIds().size());
            item.detach(5L);
            item.attach(21L);
            assertEquals(20, item.getAttachmentIds().size());
            assertFalse(item.getAttachmentIds().contains(5L));
            assertEquals(21L, item.getAttachmentIds().get(19));
        }

        @Test
        void detachingRemovesTheFileNotThePosition() {
            DisclosureItem item = draft("2026-03-02");
            item.attach(100L);
            item.attach(1L);
            item.attach(200L);
            item.detach(1L); // the id 1, not the element at index 1
            assertEquals(List.of(100L, 200L), item.getAttachmentIds());
            assertThrows(InvalidInputException.class, () -> item.detach(1L));
        }

        @Test
        void theListHandedOutIsACopy() {
            DisclosureItem item = draft("2026-03-02");
            item.attach(1L);
            assertThrows(UnsupportedOperationException.class, () -> item.getAttachmentIds().add(2L));
            assertEquals(List.of(1L), item.getAttachmentIds());
        }
    }
}
