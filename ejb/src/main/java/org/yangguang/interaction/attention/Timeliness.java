package org.yangguang.interaction.attention;

import java.time.LocalDate;
import org.yangguang.interaction.letter.LetterStatus;
import org.yangguang.shared.Labelled;

/**
 * Whether a letter was answered on time, for the share answered on time: answered by its deadline
 * (as extended) is on time; answered after it, or still unanswered with the deadline passed, is
 * late; a letter still within its limit, or handled as a complaint (投诉, with the complaint's own
 * limits), does not count either way.
 */
public enum Timeliness implements Labelled {
    ON_TIME("按时答复"),
    LATE("逾期"),
    NOT_COUNTED("未到期或转投诉");

    private final String label;

    Timeliness(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Timeliness of(LetterStatus status, LocalDate answeredOn, LocalDate answerDue, LocalDate today) {
        if (answeredOn != null) return answeredOn.isAfter(answerDue) ? LATE : ON_TIME;
        if ((status == LetterStatus.RECEIVED || status == LetterStatus.HANDLING) && today.isAfter(answerDue)) return LATE;
        return NOT_COUNTED;
    }

    /** The share on time in percent, one decimal; null when nothing counts. */
    public static Double share(long onTime, long late) {
        return onTime + late == 0 ? null : Math.round(onTime * 1000.0 / (onTime + late)) / 10.0;
    }
}
