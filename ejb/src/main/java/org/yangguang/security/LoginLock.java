package org.yangguang.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed logins of one account from one client address. The lock holds for that pair only: an
 * attacker guessing from elsewhere cannot lock the office administrator or an API client out.
 */
@Entity
@Table(name = "login_lock")
public class LoginLock {
    @Id
    @Column(name = "lock_key", length = 100)
    private String key;

    @Column(name = "username", nullable = false, length = 40)
    private String username;

    @Column(name = "address", nullable = false, length = 45)
    private String address;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected LoginLock() {}

    LoginLock(String username, String address) {
        this.key = key(username, address);
        this.username = username;
        this.address = address;
    }

    static String key(String username, String address) {
        return username + "|" + address;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failure; returns true when this one locks the pair. */
    boolean fail(Instant now, int threshold, Duration lockFor) {
        failedAttempts++;
        if (failedAttempts < threshold) return false;
        failedAttempts = 0;
        lockedUntil = now.plus(lockFor);
        return true;
    }

    Instant getLockedUntil() { return lockedUntil; }
    String getAddress() { return address; }
}
