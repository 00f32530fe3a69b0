package org.yangguang.interaction.letter;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import org.yangguang.approval.ReceiptNumbers;
import org.yangguang.audit.AuditLog;
import org.yangguang.organization.Department;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.SystemText;

/**
 * The mailbox (政民互动): a letter written on the portal or through the API gets a number and a
 * query code (as complaints and disclosure requests do, on the same sequences), and the writer
 * tracks it with them.
 */
@Stateless
public class LetterService {
    static final String AUDIT_TYPE = "Letter";
    /** Letters are numbered XX (信箱) + county code + day + sequence, e.g. XX330399-20261207-000001. */
    static final String NUMBER_KIND = "XX";

    @PersistenceContext
    EntityManager em;

    @Inject
    ReceiptNumbers numbers;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** From the public portal or the API: received the day the system receives it. */
    @PermitAll
    public Letter write(@NotNull @Valid NewLetter form) {
        Department mailbox = mailboxOf(form.getMailbox());
        LocalDate today = LocalDate.now(clock);
        Letter letter = new Letter(numbers.next(NUMBER_KIND, today), ReceiptNumbers.queryCode(),
                mailbox == null ? null : mailbox.getId(), form, clock.instant(), today);
        em.persist(letter);
        // no personal data and no content in the trail: a 举报 stays with those who may read it
        audit.recordAs("online", "LETTER_RECEIVE", AUDIT_TYPE, letter.getNumber(), null,
                (mailbox == null ? "县长信箱" : mailbox.getName() + "信箱") + "，" + letter.getCategory().label());
        return letter;
    }

    /** The writer's view of the letter; the same answer for an unknown number and a wrong code. */
    @PermitAll
    public PublicLetterView track(@NotBlank String number, @NotBlank String queryCode) {
        Letter l = em.createNamedQuery("Letter.findByNumber", Letter.class)
                .setParameter("number", number.trim()).getResultStream()
                .filter(x -> x.getQueryCode().equalsIgnoreCase(queryCode.trim())).findFirst()
                .orElseThrow(() -> new NotFoundException(SystemText.of("letter.wrongNumberOrCode")));
        if (l.isToCountyHead()) return PublicLetterView.of(l, Letter.COUNTY_HEAD, null);
        Department d = em.find(Department.class, l.getMailboxDepartmentId());
        return PublicLetterView.of(l, d.getCode(), d.getName());
    }

    /** The county head's mailbox (null) or the department whose code is given. */
    private Department mailboxOf(String code) {
        String c = code.trim();
        if (Letter.COUNTY_HEAD.equals(c)) return null;
        return em.createNamedQuery("Department.findByCode", Department.class).setParameter("code", c)
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("mailbox", SystemText.of("letter.noSuchMailbox")));
    }
}
