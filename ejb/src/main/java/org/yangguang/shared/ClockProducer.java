package org.yangguang.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one source of "now". Every rule that depends on today (effective dates, lockouts, later the
 * time limits) injects {@link Clock}, so tests can fix the date.
 */
@ApplicationScoped
public class ClockProducer {

    /** All legal time in this product is Beijing time, whatever the server's own zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(ZONE);
    }
}
