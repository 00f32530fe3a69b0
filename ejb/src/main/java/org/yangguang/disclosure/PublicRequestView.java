package org.yangguang.disclosure;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What the applicant sees with the request's number and query code: where it stands, its limits,
 * the correction asked for, and the reply once given, with the part withheld and its grounds and,
 * when the reply is delivered online, the files it delivers. The name is masked; nothing else
 * personal.
 */
public record PublicRequestView(String number, String applicant, String departmentName, String status, String statusLabel,
        LocalDate receivedOn, String correctionContent, LocalDate correctionDueOn, LocalDate correctedOn, LocalDate replyDue,
        Integer extensionDays, String outcome, String outcomeLabel, String outcomeGroup, LocalDate repliedOn, String reply,
        Integer feeAmount, LocalDate feeIssuedOn, LocalDate feePaidOn, String withheld, List<String> withheldGrounds,
        List<ReplyFile> files)
        implements Serializable {

    static PublicRequestView of(DisclosureRequest r, String departmentName, List<ReplyFile> files) {
        DisclosureOutcome o = r.getOutcome();
        return new PublicRequestView(r.getNumber(), r.maskedName(), departmentName, r.getStatus().name(),
                r.getStatus().label(), r.getReceivedOn(), r.getCorrectionContent(), r.getCorrectionDueOn(), r.getCorrectedOn(),
                r.getReplyDue(), r.getExtensionDays(), o == null ? null : o.name(), o == null ? null : o.label(),
                o == null ? null : o.group().label(), r.getRepliedOn(), r.getReply(), r.getFeeAmount(), r.getFeeIssuedOn(),
                r.getFeePaidOn(), r.getWithheld(), r.getWithheldGrounds().stream().map(Enum::name).toList(), List.copyOf(files));
    }

    public RequestStatus requestStatus() {
        return RequestStatus.valueOf(status);
    }

    public DisclosureOutcome outcomeValue() {
        return outcome == null ? null : DisclosureOutcome.valueOf(outcome);
    }

    public List<WithholdingGround> groundValues() {
        return withheldGrounds.stream().map(WithholdingGround::valueOf).toList();
    }

    public boolean awaitingCorrection() {
        return RequestStatus.AWAITING_CORRECTION.name().equals(status);
    }
}
