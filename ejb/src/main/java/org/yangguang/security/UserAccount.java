package org.yangguang.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.yangguang.organization.Department;
import org.yangguang.shared.BaseEntity;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.SystemText;

/**
 * A person (or an upper-level platform) who logs in. The password is stored only as a PBKDF2
 * hash. Repeated failed logins lock the account for a while.
 */
// second-level cache: Read on every request (the caller's department and roles).
@jakarta.persistence.Cacheable
@org.hibernate.annotations.Cache(usage = org.hibernate.annotations.CacheConcurrencyStrategy.READ_WRITE)
@Entity
@Table(name = "user_account")
@NamedQuery(name = "UserAccount.findByUsername", query = "select u from UserAccount u where u.username = :username")
public class UserAccount extends BaseEntity {
    public static final int USERNAME_LENGTH = 40;

    @Column(name = "username", nullable = false, unique = true, updatable = false, length = USERNAME_LENGTH)
    private String username;

    @Column(name = "display_name", nullable = false, length = 60)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.Cache(usage = org.hibernate.annotations.CacheConcurrencyStrategy.READ_WRITE)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role_name", nullable = false, length = 30)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    // Login bookkeeping does not count as an edit: the office editing a user must not get a
    // conflict because that user (or an API client) just logged in.
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @org.hibernate.annotations.OptimisticLock(excluded = true)
    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** The password was given by the office (initial or reset): the user replaces it at login. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @org.hibernate.annotations.OptimisticLock(excluded = true)
    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected UserAccount() {}

    public UserAccount(String username, String displayName, String passwordHash, Department department,
            Set<Role> roles, Instant now) {
        this.username = Objects.requireNonNull(username);
        this.displayName = Objects.requireNonNull(displayName);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.createdAt = now;
        assign(roles, department);
    }

    /** Departmental roles need a department; the others must not carry one. */
    public void assign(Set<Role> newRoles, Department newDepartment) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new InvalidInputException(SystemText.of("account.roleMissing"));
        }
        boolean departmental = newRoles.stream().anyMatch(Role::isDepartmental);
        if (departmental && newDepartment == null) {
            throw new InvalidInputException(SystemText.of("account.departmentMissing"));
        }
        this.roles = EnumSet.copyOf(newRoles);
        this.department = newDepartment;
    }

    public void rename(String newDisplayName) {
        this.displayName = Objects.requireNonNull(newDisplayName);
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
        unlock();
    }

    /** An initial or reset password, known to the office: replaced by the user at the next login. */
    public void issueTemporaryPassword(String newHash) {
        changePasswordHash(newHash);
        mustChangePassword = true;
    }

    /** The user's own password, known to nobody else. */
    public void changeOwnPassword(String newHash) {
        changePasswordHash(newHash);
        mustChangePassword = false;
    }

    public boolean isMustChangePassword() { return mustChangePassword; }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** The latest lock of this account (from some address), for the office's user list. */
    void showLock(Instant until) {
        lockedUntil = until;
    }

    public void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    /** Locks hold per address ({@link LoginLock}); an account as such is only enabled or not. */
    public boolean canLogIn(Instant now) {
        return enabled;
    }

    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public String getPasswordHash() { return passwordHash; }
    public Department getDepartment() { return department; }
    public Set<Role> getRoles() { return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles); }
    public boolean hasRole(Role role) { return roles.contains(role); }
    public boolean isEnabled() { return enabled; }
    public int getFailedAttempts() { return failedAttempts; }
    public Instant getLockedUntil() { return lockedUntil; }
    public Instant getLastLoginAt() { return lastLoginAt; }
    public Instant getCreatedAt() { return createdAt; }

    public Set<String> roleNames() {
        return roles.stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Audit summary: never includes the password hash. */
    public String summary() {
        // lines of fields, so that the audit trail shows what changed (AuditDiff)
        return "用户名：" + username + "\n姓名：" + displayName + "\n角色：" + String.join("、", new java.util.TreeSet<>(roleNames()))
                + "\n部门：" + (department == null ? "-" : department.getCode()) + "\n状态：" + (enabled ? "启用" : "停用");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserAccount u && username.equals(u.getUsername());
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }
}
