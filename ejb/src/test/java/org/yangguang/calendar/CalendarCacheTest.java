package org.yangguang.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CalendarCacheTest {

    @Test
    void theNewestNumberIsReadOnceASecondAndAgainAfterAChange() {
        CalendarCache cache = new CalendarCache();
        AtomicInteger reads = new AtomicInteger();
        assertEquals(7, cache.newest(() -> { reads.incrementAndGet(); return 7; }));
        assertEquals(7, cache.newest(() -> { reads.incrementAndGet(); return 8; }), "kept within the second");
        assertEquals(1, reads.get());
        cache.forgetNewest();
        assertEquals(8, cache.newest(() -> { reads.incrementAndGet(); return 8; }), "a change completed here");
        assertEquals(2, reads.get());
    }

    @Test
    void aReadThatBeganBeforeAChangeCompletedIsNotKept() {
        CalendarCache cache = new CalendarCache();
        // the change completes while the read is under way: its (old) answer is used once, not kept
        assertEquals(7, cache.newest(() -> { cache.forgetNewest(); return 7; }));
        assertEquals(8, cache.newest(() -> 8));
    }
}
