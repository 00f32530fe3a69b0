package org.yangguang.web.rest;

import java.time.LocalDate;
import java.util.List;
import org.yangguang.calendar.Deadline;
import org.yangguang.disclosure.Consultation;
import org.yangguang.disclosure.DisclosureRequest;
import org.yangguang.disclosure.ReplyFile;
import org.yangguang.disclosure.RequestAction;
import org.yangguang.disclosure.RequestLimits;
import org.yangguang.disclosure.RequestRow;
import org.yangguang.shared.EnteredDate;
import org.yangguang.shared.SystemText;

/** The JSON of disclosure requests on the API. */
public final class DisclosureViews {
    private DisclosureViews() {}

    public record Receipt(String number, String queryCode, LocalDate receivedOn, LocalDate replyDue) {
        static Receipt of(DisclosureRequest r) {
            return new Receipt(r.getNumber(), r.getQueryCode(), r.getReceivedOn(), r.getReplyDue());
        }
    }

    public record Item(String number, int version, String department, String applicantType, String applicant,
            String channel, String status, String statusLabel, LocalDate receivedOn, LocalDate dueOn, LocalDate replyDue,
            String outcome, LocalDate repliedOn, boolean overdue, boolean repliedLate) {
        static Item of(RequestRow r) {
            return new Item(r.number(), r.version(), r.departmentName(), r.applicantType().name(), r.applicantName(),
                    r.channel().name(), r.status().name(), r.status().label(), r.receivedOn(), r.dueOn(), r.replyDue(),
                    r.outcome() == null ? null : r.outcome().name(), r.repliedOn(), r.overdue(), r.repliedLate());
        }
    }

    public record ItemList(List<Item> items, long total) {}

    public record Asked(String party, LocalDate askedOn, LocalDate answeredOn) {
        static Asked of(Consultation c) {
            return new Asked(c.getParty(), c.getAskedOn(), c.getAnsweredOn());
        }
    }

    /** A deadline with how it was counted: the days not counted (holidays, pauses), in runs. */
    public record Limit(LocalDate from, int workingDays, LocalDate date, int weekendDaysSkipped, List<String> notCounted) {
        static Limit of(Deadline d) {
            return d == null ? null : new Limit(d.from(), d.limit().getValue(), d.date(), d.weekendDaysSkipped(),
                    d.runs().stream().map(r -> r.from() + (r.days() > 1 ? "…" + r.to() : "") + " " + r.reason().chinese()).toList());
        }
    }

    public record Limits(Limit correctionNotice, Limit reply, Limit extendedReply, long calendarVersion,
            List<String> warnings) {
        static Limits of(RequestLimits l) {
            return new Limits(Limit.of(l.correctionNotice()), Limit.of(l.reply()), Limit.of(l.extendedReply()),
                    l.calendarVersion(), l.warnings().stream().map(SystemText::chinese).toList());
        }
    }

    public record Detail(String number, int version, String department, String applicantType, String applicantName,
            String identityNumber, String phone, String address, String email, String description, String provideForm,
            String deliveryWay, String channel, LocalDate submittedOn, LocalDate receivedOn, String status,
            String statusLabel, String correctionContent, LocalDate correctionIssuedOn, LocalDate correctionDueOn,
            LocalDate correctedOn, String correctionText, List<Asked> consultations, Integer extensionDays,
            String extensionApprover, String extensionReason, LocalDate replyDue, String outcome, String outcomeLabel,
            String outcomeGroup, String reply, String replyDelivery, LocalDate repliedOn, String repliedBy, String withheld,
            List<String> withheldGrounds, List<ReplyFile> files, Limits limits, Fee fee, List<Remedy> remedies,
            List<String> allowedActions) {
        static Detail of(DisclosureRequest r, String department, RequestLimits limits,
                List<org.yangguang.disclosure.DisclosureRemedy> remedies, List<RequestAction> allowed, List<ReplyFile> files) {
            var o = r.getOutcome();
            return new Detail(r.getNumber(), r.getVersion(), department, r.getApplicantType().name(), r.getApplicantName(),
                    r.getIdentityNumber(), r.getPhone(), r.getAddress(), r.getEmail(), r.getDescription(),
                    r.getProvideForm().name(), r.getDeliveryWay().name(), r.getChannel().name(), r.getSubmittedOn(),
                    r.getReceivedOn(), r.getStatus().name(), r.getStatus().label(), r.getCorrectionContent(),
                    r.getCorrectionIssuedOn(), r.getCorrectionDueOn(), r.getCorrectedOn(), r.getCorrectionText(),
                    r.getConsultations().stream().map(Asked::of).toList(), r.getExtensionDays(), r.getExtensionApprover(),
                    r.getExtensionReason(), r.getReplyDue(), o == null ? null : o.name(), o == null ? null : o.label(),
                    o == null ? null : o.group().label(), r.getReply(),
                    r.getReplyDelivery() == null ? null : r.getReplyDelivery().name(), r.getRepliedOn(), r.getRepliedBy(),
                    r.getWithheld(), r.getWithheldGrounds().stream().map(Enum::name).toList(), files, Limits.of(limits), Fee.of(r),
                    remedies.stream().map(Remedy::of).toList(), allowed.stream().map(RequestAction::path).toList());
        }
    }

    /** A fee notice as the detail shows it. */
    public record Fee(String method, Integer quantity, Integer amount, LocalDate issuedOn, LocalDate paidOn) {
        static Fee of(DisclosureRequest r) {
            return r.getFeeIssuedOn() == null ? null : new Fee(r.getFeeMethod().name(), r.getFeeQuantity(), r.getFeeAmount(),
                    r.getFeeIssuedOn(), r.getFeePaidOn());
        }
    }

    /** A reconsideration or lawsuit about the reply. */
    public record Remedy(long id, int version, String kind, String kindLabel, LocalDate filedOn, String authority, String outcome,
            LocalDate decidedOn, String note) {
        static Remedy of(org.yangguang.disclosure.DisclosureRemedy m) {
            return new Remedy(m.getId(), m.getVersion(), m.getKind().name(), m.getKind().label(), m.getFiledOn(), m.getAuthority(),
                    m.getOutcome().name(), m.getDecidedOn(), m.getNote());
        }
    }

    /** The applicant's correction on the portal. */
    public record PublicCorrection(String queryCode, String text) {}
}
