package org.yangguang.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * The one limiter of the public portal, for its pages and the API alike (a page and an API call
 * of the same kind and number count together):
 * <ul>
 * <li>a <b>lookup</b> by number and query code (tracking a case and its documents, a complaint, a
 * disclosure request and its letter, the complaint form's case, a letter to the mailbox): per client address, and per
 * address and number, so that nobody guesses a query code, and nobody can block the tracking of a
 * number for everybody else by guessing at it;
 * <li><b>published content</b> (proactive items, feeds, categories): no per-number limit, only a
 * generous one per address;
 * <li><b>submissions</b> (online applications, complaints, disclosure requests, letters): per address,
 * counting the accepted ones, checked before each attempt.
 * </ul>
 * Each method returns 0 if allowed, else the seconds to wait (Retry-After).
 */
@ApplicationScoped
public class PublicLimits {

    /** What is looked up; the names are the API's path segments under {@code /api/v1/public/}. */
    public enum Kind {
        CASE("cases"), COMPLAINT("complaints"), DISCLOSURE_REQUEST("disclosure-requests"),
        /** A letter to the mailbox (政民互动): written per address, tracked by number and query code. */
        LETTER("letters");

        public final String segment;

        Kind(String segment) {
            this.segment = segment;
        }
    }

    /** Longer "numbers" than any real one are cut, so a key never holds a megabyte of someone's input. */
    private static final int NUMBER_KEY_LENGTH = 40;

    @Inject
    RateLimits limits;

    /** One lookup of {@code number} with a query code from {@code address}. */
    public long lookup(String address, Kind kind, String number) {
        long wait = limits.use(RateLimits.Limit.LOOKUP_BY_ADDRESS, address);
        if (wait > 0) return wait;
        return limits.use(RateLimits.Limit.LOOKUP_BY_NUMBER, address + "|" + kind.segment + "/" + normalized(number));
    }

    /** One read of published content. */
    public long published(String address) {
        return limits.use(RateLimits.Limit.PUBLISHED_BY_ADDRESS, address);
    }

    /** Before a submission: whether this address has used up its accepted submissions. */
    public long submissionBlocked(String address) {
        return limits.blocked(RateLimits.Limit.APPLY_BY_ADDRESS, address);
    }

    /** After a submission was accepted. */
    public void submitted(String address) {
        limits.use(RateLimits.Limit.APPLY_BY_ADDRESS, address);
    }

    /** Numbers are looked up trimmed and case-insensitively: "ts-…" and "TS-…" are one number. */
    private static String normalized(String number) {
        String n = number == null ? "" : number.trim().toUpperCase(Locale.ROOT);
        return n.length() > NUMBER_KEY_LENGTH ? n.substring(0, NUMBER_KEY_LENGTH) : n;
    }
}
