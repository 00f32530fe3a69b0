package org.yangguang.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import org.yangguang.audit.AuditLog;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.SystemText;

/**
 * A staff user's own password. A password the office gave (a new account, a reset) is replaced at
 * the first login: until then every staff page leads to the change form.
 */
@Stateless
@RolesAllowed({Role.OFFICE_ADMIN_NAME, Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME, Role.SUPERVISOR_NAME,
        Role.DISCLOSURE_EDITOR_NAME, Role.DISCLOSURE_REVIEWER_NAME})
public class OwnPassword {

    @Inject
    CurrentUser currentUser;

    @Inject
    Passwords passwords;

    @Inject
    AuditLog audit;

    @Inject
    jakarta.enterprise.event.Event<AccountChanged> changed;

    /** Whether the caller still has the password the office gave. */
    public boolean mustChange() {
        return currentUser.account().isMustChangePassword();
    }

    public void change(@NotBlank(message = "{yangguang.password.current.required}") String current, @NotBlank(message = "{yangguang.password.replacement.required}") String replacement) {
        UserAccount account = currentUser.account();
        if (!passwords.verify(current.toCharArray(), account.getPasswordHash())) {
            throw new InvalidInputException(SystemText.of("password.currentWrong"));
        }
        if (current.equals(replacement)) throw new InvalidInputException(SystemText.of("password.unchanged"));
        Passwords.checkStrength(replacement);
        account.changeOwnPassword(passwords.hash(replacement.toCharArray()));
        changed.fire(new AccountChanged(account.getUsername()));
        audit.record("PASSWORD_CHANGE", "UserAccount", account.getUsername(), null, "本人修改密码");
    }
}
