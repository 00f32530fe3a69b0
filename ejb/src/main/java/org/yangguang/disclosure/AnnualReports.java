package org.yangguang.disclosure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import org.yangguang.organization.Department;
import org.yangguang.security.CurrentUser;
import org.yangguang.security.Role;
import org.yangguang.shared.ForbiddenException;
import org.yangguang.shared.InvalidInputException;

/**
 * The annual report's tables computed from the data (政府信息公开工作年度报告): for now table 三, the
 * requests received and handled, for one agency or (without one) the whole county. An editor of a
 * department reports for that department.
 */
@Stateless
@RolesAllowed({Role.DISCLOSURE_EDITOR_NAME, Role.OFFICE_ADMIN_NAME, Role.SUPERVISOR_NAME})
public class AnnualReports {
    public static final int FIRST_YEAR = 2008; // the first year of the 2007 regulations

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /** Table 三 of a year; {@code departmentCode} null for every agency of the county. */
    public RequestTable requestTable(int year, String departmentCode) {
        if (year < FIRST_YEAR || year > 2100) throw new InvalidInputException("year: 年份须在" + FIRST_YEAR + "到2100之间");
        Department scope = scope(departmentCode);
        TypedQuery<RequestFacts> q = em.createQuery("select new org.yangguang.disclosure.RequestFacts(r.number,"
                + " r.applicantType, r.receivedOn, r.repliedOn, r.outcome) from DisclosureRequest r"
                + " where r.receivedOn <= :end and (r.repliedOn is null or r.repliedOn >= :start)"
                + (scope == null ? "" : " and r.departmentId = :d") + " order by r.receivedOn, r.number", RequestFacts.class)
                .setParameter("start", LocalDate.of(year, 1, 1)).setParameter("end", LocalDate.of(year, 12, 31));
        if (scope != null) q.setParameter("d", scope.getId());
        return RequestTable.of(year, q.getResultList());
    }

    private Department scope(String departmentCode) {
        Department own = currentUser.isCallerIn(Role.DISCLOSURE_EDITOR) ? currentUser.department() : null;
        if (departmentCode == null || departmentCode.isBlank()) return own;
        Department asked = em.createNamedQuery("Department.findByCode", Department.class)
                .setParameter("code", departmentCode.trim()).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("department: 没有这个机关"));
        if (own != null && !own.equals(asked)) throw new ForbiddenException("只能查看本机关（" + own.getName() + "）的年度报告");
        return asked;
    }
}
