package org.yangguang.security;

import java.time.Duration;

/**
 * How many failed logins lock an account, and for how long. Defaults follow common government
 * intranet practice (等保 2.0: limit failed attempts, lock temporarily); configurable through the
 * system properties {@code yangguang.login.maxFailures} and {@code yangguang.login.lockMinutes}.
 */
public record LoginPolicy(int maxFailures, Duration lockDuration) {
    public static LoginPolicy fromSystemProperties() {
        return new LoginPolicy(
                Integer.getInteger("yangguang.login.maxFailures", 5),
                Duration.ofMinutes(Integer.getInteger("yangguang.login.lockMinutes", 15)));
    }
}
