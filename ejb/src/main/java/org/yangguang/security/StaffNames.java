package org.yangguang.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The names of the people behind the user names that records keep (who drafted, decided, issued,
 * logged in): pages show a person's name, never a login. Staff see each other's names.
 */
@Stateless
@RolesAllowed({Role.OFFICE_ADMIN_NAME, Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME, Role.SUPERVISOR_NAME,
        Role.DISCLOSURE_EDITOR_NAME, Role.DISCLOSURE_REVIEWER_NAME})
public class StaffNames {

    @PersistenceContext
    EntityManager em;

    /** User name → display name, for those of the given user names that are accounts. */
    public Map<String, String> of(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        if (usernames.isEmpty()) return names;
        em.createQuery("select u.username, u.displayName from UserAccount u where u.username in :names", Object[].class)
                .setParameter("names", usernames).getResultList()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }

    /** The user name of the one account with this display name, or the text itself (a user name). */
    public String usernameFor(String nameOrUsername) {
        String t = nameOrUsername.trim();
        var found = em.createQuery("select u.username from UserAccount u where u.displayName = :n", String.class)
                .setParameter("n", t).setMaxResults(2).getResultList();
        return found.size() == 1 ? found.get(0) : t;
    }
}
