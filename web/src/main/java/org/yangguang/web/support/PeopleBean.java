package org.yangguang.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yangguang.audit.AuditLog;
import org.yangguang.security.StaffNames;

/**
 * A person's name where a record keeps a user name: {@code #{people.name(v.createdBy)}} shows
 * 张科员, the system's own work shows 系统 / System. A user name that is no account (a mistyped
 * login in the audit trail) stays as typed. Names are read once per request.
 */
@Named("people")
@RequestScoped
public class PeopleBean {

    @Inject
    StaffNames staffNames;

    @Inject
    LocaleBean locale;

    private final Map<String, String> known = new HashMap<>();

    public String name(String username) {
        if (username == null || username.isBlank()) return "";
        if (AuditLog.SYSTEM.equals(username)) return locale.message("people.system");
        return known.computeIfAbsent(username, u -> staffNames.of(List.of(u)).getOrDefault(u, u));
    }

    /**
     * The language to mark the name with: a person's name is user data (lang="zh", as everywhere),
     * the system's is a text of the page's own language (null: no attribute).
     */
    public String lang(String username) {
        return username == null || AuditLog.SYSTEM.equals(username) ? null : "zh";
    }
}
