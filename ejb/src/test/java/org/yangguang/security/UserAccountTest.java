package org.yangguang.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.yangguang.organization.Department;
import org.yangguang.shared.InvalidInputException;

class UserAccountTest {
    private static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");
    private final Department dept = new Department("SCJGJ", "市场监管局");

    private UserAccount clerk() {
        return new UserAccount("clerk", "李窗口", "hash", dept, EnumSet.of(Role.DEPT_CLERK), T0);
    }

    @Test
    void anAddressLocksAtTheThresholdForTheDuration() {
        LoginLock lock = new LoginLock("clerk", "10.0.0.9");
        for (int i = 0; i < 4; i++) {
            assertFalse(lock.fail(T0, 5, Duration.ofMinutes(15)));
            assertFalse(lock.isLocked(T0));
        }
        assertTrue(lock.fail(T0, 5, Duration.ofMinutes(15)), "the fifth failure locks");
        assertTrue(lock.isLocked(T0));
        assertTrue(lock.isLocked(T0.plusSeconds(15 * 60 - 1)));
        assertFalse(lock.isLocked(T0.plusSeconds(15 * 60)));
        assertEquals(T0.plus(Duration.ofMinutes(15)), lock.getLockedUntil());
    }

    @Test
    void aLockHoldsForItsAccountAndAddressOnly() {
        assertEquals("clerk|10.0.0.9", LoginLock.key("clerk", "10.0.0.9"));
        assertFalse(LoginLock.key("clerk", "10.0.0.9").equals(LoginLock.key("clerk", "10.0.0.10")));
        assertFalse(LoginLock.key("office", "10.0.0.9").equals(LoginLock.key("clerk", "10.0.0.9")));
    }

    @Test
    void disabledAccountCannotLogIn() {
        UserAccount u = clerk();
        u.disable();
        assertFalse(u.canLogIn(T0));
        u.enable();
        assertTrue(u.canLogIn(T0));
    }

    @Test
    void departmentRolesNeedADepartment() {
        assertThrows(InvalidInputException.class,
                () -> new UserAccount("x", "x", "h", null, EnumSet.of(Role.DEPT_APPROVER), T0));
        assertThrows(InvalidInputException.class, () -> new UserAccount("x", "x", "h", null, EnumSet.noneOf(Role.class), T0));
        UserAccount office = new UserAccount("o", "o", "h", null, EnumSet.of(Role.OFFICE_ADMIN), T0);
        assertNull(office.getDepartment());
    }

    @Test
    void theOfficesPasswordIsReplacedAtTheFirstLogin() {
        UserAccount u = clerk();
        assertFalse(u.isMustChangePassword());
        u.issueTemporaryPassword("given");
        assertTrue(u.isMustChangePassword());
        u.changeOwnPassword("mine");
        assertFalse(u.isMustChangePassword());
        assertEquals("mine", u.getPasswordHash());
    }

    @Test
    void summaryNeverShowsThePasswordHash() {
        assertFalse(clerk().summary().contains("hash"));
    }

    @Test
    void passwordPolicy() {
        assertThrows(InvalidInputException.class, () -> Passwords.checkStrength("short1"));
        assertThrows(InvalidInputException.class, () -> Passwords.checkStrength("onlyletters"));
        assertThrows(InvalidInputException.class, () -> Passwords.checkStrength("1234567890"));
        Passwords.checkStrength("zhengwu2026");
    }
}
