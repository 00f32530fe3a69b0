package org.yangguang.supervision;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.yangguang.shared.SystemText;

/**
 * A finding as the lists and the API show it, with its explanation made from its inputs, and what it
 * is about: the subject's kind and id, and the case if it concerns one. {@code explanation} and
 * {@code ruleName} are in Chinese (the API, exports); pages show {@code explained} and {@code rule}
 * in the reader's language.
 */
public record FindingRow(long id, int version, String receiptNumber, String departmentCode, String departmentName,
        String handler, SupervisionLevel level, String ruleCode, String ruleName, int ruleVersion, FindingStatus status,
        LocalDate asOf, LocalDate keyDate, Integer daysOver, Instant issuedAt, String issuedBy, LocalDate answerDue,
        boolean answerOverdue, String explanation, SubjectType subjectType, long subjectId, Long caseId,
        SystemText explained, SystemText rule, RuleTrigger.Window window) implements Serializable {

    /** A warning counts the working days left before its deadline; a card the days past it. */
    public boolean countsDaysLeft() {
        return window == RuleTrigger.Window.DUE_SOON;
    }

    /** The days the finding counts: left before the deadline (a warning), or past it; null if none. */
    public Integer days() {
        return daysOver == null ? null : Math.abs(daysOver);
    }

    /**
     * The page of the finding's subject, from the context root, or null where there is none: the
     * case ({@code /admin/cases/case.xhtml?rn=}), the disclosure request ({@code ?number=}), the
     * proactive item ({@code ?id=}), the annual reports, the rectification of a bad rating (the list of
     * rectifications opened at it, {@code ?id=}), the letter ({@code ?number=}); an unanswered card about a case leads to
     * the case, one about anything else to the card itself; a department's month has no page.
     */
    public String link() {
        if (subjectType == null) return caseLink();
        return switch (subjectType) {
            case CASE, COMPLAINT -> caseLink();
            case CARD -> caseId != null ? caseLink() : "/admin/findings/finding.xhtml?id=" + subjectId;
            case REQUEST -> receiptNumber == null ? null : "/admin/disclosure/request.xhtml?number=" + enc(receiptNumber);
            case ITEM -> "/admin/disclosure/item.xhtml?id=" + subjectId;
            case REPORT -> "/admin/disclosure/report.xhtml";
            case BAD_RATING -> "/admin/cases/ratings.xhtml?id=" + subjectId;
            case LETTER -> receiptNumber == null ? null : "/admin/letters/letter.xhtml?number=" + enc(receiptNumber);
            case DEPARTMENT -> null;
        };
    }

    private String caseLink() {
        return caseId == null || receiptNumber == null ? null : "/admin/cases/case.xhtml?rn=" + enc(receiptNumber);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
