package org.yangguang.calendar;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Installs the State Council schedules shipped with the application ({@code calendar/cn-YYYY.csv})
 * for every year the database does not have yet. A year the office has imported is never touched;
 * later changes go through the office's import like any other notice.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class OfficialSchedules {
    private static final Logger LOG = Logger.getLogger(OfficialSchedules.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CalendarService calendar;

    @Inject
    Clock clock;

    @PostConstruct
    void installMissingYears() {
        int last = LocalDate.now(clock).getYear() + 2;
        for (int year = 2020; year <= last; year++) {
            String text = bundled(year);
            if (text == null || isPresent(year)) continue;
            var result = calendar.importAsSystem(year, text, "国务院办公厅关于" + year + "年部分节假日安排的通知");
            LOG.info(() -> "Installed the official " + result.year() + " holiday schedule as calendar version "
                    + result.version());
        }
    }

    private boolean isPresent(int year) {
        return em.createQuery("select count(c) from CalendarYear c where c.year = :y", Long.class)
                .setParameter("y", year).getSingleResult() > 0;
    }

    private static String bundled(int year) {
        try (InputStream in = OfficialSchedules.class.getClassLoader().getResourceAsStream("calendar/cn-" + year + ".csv")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
