package org.yangguang.supervision;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import org.yangguang.audit.AuditLog;
import org.yangguang.security.CurrentUser;
import org.yangguang.security.Role;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.SystemText;

/** The supervision office's local policy: limits, score formula, grades, evaluation time. */
@Stateless
public class SupervisionSettingsService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** A detached copy of the settings in force, for the rules and jobs that apply them. */
    @PermitAll
    public SupervisionSettings current() {
        return em.find(SupervisionSettings.class, SupervisionSettings.ID).copy();
    }

    /**
     * The settings for a person to read, the same audience as the rules: the supervision office,
     * which sets them, the office, and department staff, who answer cards within the answer limit
     * and are scored by the formula. Not API clients or the disclosure roles: they do not concern them.
     */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.OFFICE_ADMIN_NAME, Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME})
    public SupervisionSettings read() {
        return current();
    }

    @RolesAllowed(Role.SUPERVISOR_NAME)
    public SupervisionSettings update(@NotNull @Valid SupervisionSettings edited) {
        edited.check();
        SupervisionSettings s = em.find(SupervisionSettings.class, SupervisionSettings.ID);
        if (s.getVersion() != edited.getVersion()) {
            throw new ConflictException(SystemText.of("settings.changedByOthers"));
        }
        String before = describe(s);
        s.takeValues(edited);
        s.stamp(currentUser.username(), clock.instant());
        audit.record("SUPERVISION_SETTINGS", "SupervisionSettings", "1", before, describe(s));
        em.flush();
        return s.copy();
    }

    static String describe(SupervisionSettings s) {
        return "答复时限" + s.getAnswerDays() + "个工作日，投诉受理" + s.getComplaintAcceptDays() + "/答复"
                + s.getComplaintReplyDays() + "个工作日，黄牌扣" + s.getYellowPoints() + "分、红牌扣" + s.getRedPoints()
                + "分，优秀/良好/合格 " + s.getGradeExcellent() + "/" + s.getGradeGood() + "/" + s.getGradePass()
                + "，每日评估 " + s.getEvaluationTime()
                // --- ratings (好差评) ---
                + "，差评整改" + s.getRectificationDays() + "个工作日，好差评权重" + s.getRatingWeight() + "%"
                // --- the mailbox (政民互动)
                + "，来信答复 咨询" + s.getLetterConsultationDays() + "/建议" + s.getLetterSuggestionDays() + "/投诉举报"
                + s.getLetterComplaintDays() + "/其他" + s.getLetterOtherDays() + "个工作日，延期" + s.getLetterExtensionDays() + "个工作日";
    }
}
