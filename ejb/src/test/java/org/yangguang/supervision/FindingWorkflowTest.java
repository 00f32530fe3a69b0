package org.yangguang.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.InvalidInputException;

/** The correction workflow of a card (纠错/督办): answer, confirm or revoke, appeal. */
class FindingWorkflowTest {
    static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

    static Finding card() {
        return new Finding(SupervisionLevel.YELLOW, LocalDate.parse("2026-11-20"), LocalDate.parse("2026-11-27"));
    }

    @Test
    void answeredThenConfirmed() {
        Finding f = card();
        assertEquals(FindingStatus.OPEN, f.getStatus());
        assertThrows(ConflictException.class, () -> f.confirm("ok", "supervisor", NOW), "nothing to confirm yet");
        assertThrows(InvalidInputException.class, () -> f.answer(" ", "措施", "clerk", NOW));
        f.answer("系统故障导致超期", "已增派人手", "clerk", NOW);
        assertEquals(FindingStatus.ANSWERED, f.getStatus());
        f.confirm(null, "supervisor", NOW);
        assertEquals(FindingStatus.CONFIRMED, f.getStatus());
        assertTrue(f.getStatus().stands(), "a confirmed card still counts");
        assertThrows(ConflictException.class, () -> f.revoke("迟到的撤销", "supervisor", NOW));
    }

    @Test
    void revokedStaysWithWhoAndWhy() {
        Finding f = card();
        assertThrows(InvalidInputException.class, () -> f.revoke("", "supervisor", NOW), "a reason is required");
        f.revoke("系统日历错误导致误判", "supervisor", NOW);
        assertEquals(FindingStatus.REVOKED, f.getStatus());
        assertEquals("supervisor", f.getResolvedBy());
        assertEquals("系统日历错误导致误判", f.getResolution());
        assertFalse(f.getStatus().stands());
    }

    @Test
    void anAppealUpheldRevokesRejectedRestores() {
        Finding upheld = card();
        upheld.appeal("申请人自行撤回，不应计时", 7L, "clerk", NOW);
        assertEquals(FindingStatus.APPEALED, upheld.getStatus());
        upheld.ruleOnAppeal(true, "证据属实", "supervisor", NOW);
        assertEquals(FindingStatus.REVOKED, upheld.getStatus());

        Finding rejected = card();
        rejected.answer("说明", "措施", "clerk", NOW);
        rejected.appeal("理由", null, "clerk", NOW);
        rejected.ruleOnAppeal(false, "证据不足", "supervisor", NOW);
        assertEquals(FindingStatus.ANSWERED, rejected.getStatus(), "back where it stood");
        assertThrows(ConflictException.class, () -> rejected.appeal("再次申诉", null, "clerk", NOW), "one appeal only");
    }

    @Test
    void anUnansweredCardIsOverdueTheDayAfterItsLimit() {
        Finding f = card();
        assertFalse(f.isAnswerOverdue(LocalDate.parse("2026-11-27")));
        assertTrue(f.isAnswerOverdue(LocalDate.parse("2026-11-28")));
        f.answer("说明", "措施", "clerk", NOW);
        assertFalse(f.isAnswerOverdue(LocalDate.parse("2026-12-28")));
    }

    @Test
    void warningsNeedNoAnswer() {
        Finding w = new Finding(SupervisionLevel.WARNING, LocalDate.parse("2026-11-20"), null);
        assertEquals(FindingStatus.NOTIFIED, w.getStatus());
        assertThrows(ConflictException.class, () -> w.answer("说明", "措施", "clerk", NOW));
        w.revoke("误报", "supervisor", NOW);
        assertEquals(FindingStatus.REVOKED, w.getStatus());
    }
}
