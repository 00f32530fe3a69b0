package org.yangguang.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimeLimitTest {
    @Test
    void boundsAndUnits() {
        assertThrows(IllegalArgumentException.class, () -> TimeLimit.workingDays(-1));
        assertThrows(IllegalArgumentException.class, () -> TimeLimit.workingDays(TimeLimit.MAX_VALUE + 1));
        assertThrows(NullPointerException.class, () -> new TimeLimit(1, null));
        assertEquals("20个工作日", TimeLimit.workingDays(20).toString());
        assertEquals("60个自然日", TimeLimit.naturalDays(60).toString());
        assertEquals("即办", TimeLimit.workingDays(0).toString(), "an immediate matter's limit is no number of days");
    }

    @Test
    void comparesOnlyWithinOneUnit() {
        assertTrue(TimeLimit.workingDays(10).isNoLongerThan(TimeLimit.workingDays(20)));
        assertTrue(TimeLimit.workingDays(20).isNoLongerThan(TimeLimit.workingDays(20)));
        assertFalse(TimeLimit.workingDays(21).isNoLongerThan(TimeLimit.workingDays(20)));
        assertThrows(IllegalArgumentException.class,
                () -> TimeLimit.workingDays(1).isNoLongerThan(TimeLimit.naturalDays(20)));
    }

    @Test
    void unitsParseFromLabelsAndNames() {
        assertEquals(DayUnit.WORKING_DAYS, DayUnit.fromLabel("工作日"));
        assertEquals(DayUnit.NATURAL_DAYS, DayUnit.fromLabel("natural_days"));
        assertThrows(IllegalArgumentException.class, () -> DayUnit.fromLabel("月"));
    }
}
