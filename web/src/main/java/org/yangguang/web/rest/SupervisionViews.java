package org.yangguang.web.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.yangguang.supervision.ComplaintRow;
import org.yangguang.supervision.DepartmentScore;
import org.yangguang.supervision.FindingRow;
import org.yangguang.supervision.FindingService;
import org.yangguang.supervision.SupervisionRule;

/** JSON shapes of electronic supervision on the API. */
public final class SupervisionViews {
    private SupervisionViews() {}

    public record FindingItem(long id, int version, String receiptNumber, String department, String departmentName,
            String handler, String level, String levelLabel, String rule, String ruleName, int ruleVersion,
            String explanation, String status, String statusLabel, LocalDate asOf, LocalDate deadline, Integer daysOver,
            Instant issuedAt, String issuedBy, LocalDate answerDue, boolean answerOverdue, String subject, long subjectId,
            String link) {
        /** {@code subject}: CASE, REQUEST, ITEM, REPORT, CARD, COMPLAINT, DEPARTMENT, BAD_RATING or LETTER; {@code link}: its page. */
        static FindingItem of(FindingRow r) {
            return new FindingItem(r.id(), r.version(), r.receiptNumber(), r.departmentCode(), r.departmentName(),
                    r.handler(), r.level().name(), r.level().label(), r.ruleCode(), r.ruleName(), r.ruleVersion(),
                    r.explanation(), r.status().name(), r.status().label(), r.asOf(), r.keyDate(), r.daysOver(),
                    r.issuedAt(), r.issuedBy(), r.answerDue(), r.answerOverdue(),
                    r.subjectType() == null ? null : r.subjectType().name(), r.subjectId(), r.link());
        }
    }

    public record FindingList(List<FindingItem> items, long total) {}

    public record HistoryEntry(Instant at, String actor, String action, String before, String after) {}

    public record FindingDetailView(FindingItem finding, String answer, String rectification, String answeredBy,
            Instant answeredAt, String appeal, boolean appealEvidence, String appealRuling, String resolvedBy,
            Instant resolvedAt, String resolution, List<HistoryEntry> history) {
        static FindingDetailView of(FindingService.FindingDetail d) {
            var f = d.finding();
            return new FindingDetailView(FindingItem.of(d.row()), f.getAnswer(), f.getRectification(), f.getAnsweredBy(),
                    f.getAnsweredAt(), f.getAppeal(), f.getAppealFileId() != null, f.getAppealRuling(), f.getResolvedBy(),
                    f.getResolvedAt(), f.getResolution(), d.history().stream().map(e -> new HistoryEntry(e.getOccurredAt(),
                            e.getActor(), e.getAction(), e.getBefore(), e.getAfter())).toList());
        }
    }

    public record AnswerRequest(Integer version, String answer, String rectification) {}

    public record AppealRequest(Integer version, String appeal) {}

    public record ResolveRequest(Integer version, String note, String reason) {}

    public record AppealRulingRequest(Integer version, Boolean upheld, String ruling) {}

    public record ScoresView(String period, String label, List<DepartmentScore> departments, DepartmentScore county) {}

    public record RuleView(String code, int ruleVersion, String name, String trigger, String triggerLabel, String level,
            int threshold, String thresholdMeaning, boolean enabled, String note, String changedBy, Instant changedAt) {
        static RuleView of(SupervisionRule r) {
            return new RuleView(r.getCode(), r.getRevision(), r.getName(), r.getTrigger().name(), r.getTrigger().label(),
                    r.getLevel().name(), r.getThreshold(), r.getTrigger().thresholdLabel(), r.isEnabled(), r.getNote(),
                    r.getCreatedBy(), r.getCreatedAt());
        }
    }

    public record ComplaintItem(long id, int version, String number, String channel, String complainant, String phone,
            String department, String departmentName, String receiptNumber, String content, String status,
            LocalDate receivedOn, LocalDate acceptDue, LocalDate replyDue, String outcome, String reply,
            String notAcceptedReason, Long findingId, boolean overdue, List<String> allowedActions, String letterNumber) {
        static ComplaintItem of(ComplaintRow r) {
            return new ComplaintItem(r.id(), r.version(), r.number(), r.channel().name(), r.complainantName(),
                    r.complainantPhone(), r.departmentCode(), r.departmentName(), r.receiptNumber(), r.content(),
                    r.status().name(), r.receivedOn(), r.acceptDue(), r.replyDue(),
                    r.outcome() == null ? null : r.outcome().name(), r.reply(), r.notAcceptedReason(), r.findingId(),
                    r.overdue(), r.allowedActions().stream().map(org.yangguang.supervision.ComplaintAction::path).toList(),
                    r.letterNumber());
        }
    }

    public record ComplaintList(List<ComplaintItem> items, long total) {}


    public record Receipt(String number, String queryCode) {}
}
