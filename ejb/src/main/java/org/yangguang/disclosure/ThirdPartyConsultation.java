package org.yangguang.disclosure;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.yangguang.calendar.ClockStop;
import org.yangguang.shared.InvalidValue;
import org.yangguang.shared.SystemText;

/**
 * 征求第三方意见 (政府信息公开条例 第三十二条, 第三十三条第二款): disclosure might harm a third party's
 * lawful interests, so the agency asks them; they have 15 working days to answer, and the time it
 * takes does not count against the reply limit. After 15 working days without an answer the agency
 * decides alone, so the pause never runs longer than that, even if an answer comes later.
 *
 * @param party who was asked (a company, a person)
 * @param askedOn the day the third party was asked
 * @param answeredOn the day their answer arrived, null until then
 */
public record ThirdPartyConsultation(String party, LocalDate askedOn, LocalDate answeredOn) implements Serializable {
    public ThirdPartyConsultation {
        if (party == null || party.isBlank()) {
            throw new InvalidValue(SystemText.of("request.consultedPartyMissing"));
        }
        party = party.trim();
        Objects.requireNonNull(askedOn, "征求意见日期不能为空");
        if (answeredOn != null && answeredOn.isBefore(askedOn)) {
            throw new InvalidValue(SystemText.of("disclosure.consult.answeredBeforeAsked", answeredOn, askedOn));
        }
    }

    public boolean isAnswered() {
        return answeredOn != null;
    }

    /**
     * The pause of the reply clock, from the day after asking through the answer, or through
     * {@code answerDue} (the 15th working day) if no answer came by then.
     */
    public ClockStop clockStop(LocalDate answerDue) {
        LocalDate end = answeredOn != null && answeredOn.isBefore(answerDue) ? answeredOn : answerDue;
        return new ClockStop(askedOn, end, SystemText.of("deadline.stop.consultation", party));
    }

    ThirdPartyConsultation answered(LocalDate on) {
        return new ThirdPartyConsultation(party, askedOn, Objects.requireNonNull(on, "第三方答复日期不能为空"));
    }
}
