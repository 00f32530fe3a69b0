package org.yangguang.supervision;

/**
 * What a finding is about; with the subject's id, part of the finding's unique key. Stored by name
 * in {@code finding.subject_type} (VARCHAR(12)).
 */
public enum SubjectType {
    /** A case (办件). */
    CASE,
    /** A department, for a calendar month (third yellow card). */
    DEPARTMENT,
    /** A card left unanswered past its limit. */
    CARD,
    /** A complaint found substantiated. */
    COMPLAINT,
    /** A disclosure request (依申请公开): subject id {@code disclosure_request.id}, receipt number its number. */
    REQUEST,
    /** A proactive-disclosure item (主动公开): subject id {@code disclosure_item.id}. */
    ITEM,
    /** An agency's annual report (政府信息公开工作年度报告): subject id {@code annual_report.id}. */
    REPORT,
    /**
     * The rectification of a bad rating (差评整改): subject id {@code rating_rectification.id}, receipt
     * number the rated subject's number (a case's receipt number). RECTIFICATION is too long for the column.
     */
    BAD_RATING,
    /** A letter (政民互动): subject id {@code letter.id}, receipt number the letter's number. */
    LETTER
}
