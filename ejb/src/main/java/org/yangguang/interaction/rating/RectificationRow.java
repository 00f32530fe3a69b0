package org.yangguang.interaction.rating;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A bad rating and its rectification as the supervision office and the department see it. The
 * contact of a real-name rating is there for the return visit; a department sees its own only.
 * {@code receiptNumber} is the number of what was rated ({@code subject}: a case, a disclosure
 * request, a complaint or a letter).
 */
public record RectificationRow(long id, int version, String receiptNumber, String departmentCode, String departmentName,
        RatedEvent event, RatingLevel level, List<RatingReason> reasons, String text, RatingChannel channel,
        String contactName, String contactPhone, LocalDate ratedOn, RectificationStatus status, LocalDate openedOn,
        String verifiedBy, LocalDate verifiedOn, String visitNote, LocalDate due, String reportedBy, LocalDate reportedOn,
        String report, boolean late, List<RectificationAction> allowedActions, RatingSubject subject) implements Serializable {

    /** Whether the caller may take this action now (by its name, for the pages). */
    public boolean allows(String action) {
        return allowedActions.stream().anyMatch(a -> a.name().equals(action));
    }

    static RectificationRow of(Rectification r, String departmentCode, String departmentName, LocalDate today,
            List<RectificationAction> allowed) {
        Rating g = r.getRating();
        return new RectificationRow(r.getId(), r.getVersion(), g.getSubjectNumber(), departmentCode, departmentName,
                g.getEvent(), g.getLevel(), g.getReasons(), g.getText(), g.getChannel(), g.getContactName(),
                g.getContactPhone(), g.getRatedOn(), r.getStatus(), r.getOpenedOn(), r.getVerifiedBy(), r.getVerifiedOn(),
                r.getVisitNote(), r.getDue(), r.getReportedBy(), r.getReportedOn(), r.getReport(), r.isLate(today), allowed,
                g.getSubject());
    }
}
