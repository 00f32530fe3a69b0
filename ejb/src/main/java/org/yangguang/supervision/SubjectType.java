package org.yangguang.supervision;

/** What a finding is about; with the subject's id, part of the finding's unique key. */
public enum SubjectType {
    /** A case (办件). */
    CASE,
    /** A department, for a calendar month (third yellow card). */
    DEPARTMENT,
    /** A card left unanswered past its limit. */
    CARD,
    /** A complaint found substantiated. */
    COMPLAINT
}
