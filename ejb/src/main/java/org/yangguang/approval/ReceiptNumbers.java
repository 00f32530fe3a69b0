package org.yangguang.approval;

import org.yangguang.shared.NativeWrites;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Receipt numbers: county code, date, and a per-day sequence kept in the database, e.g.
 * {@code 330399-20261123-000042}. The sequence row is locked while it is incremented, so
 * concurrent receipts on any node never get the same number, and numbers survive restarts.
 * A number is never reused: the increment commits in its own transaction even if the receipt
 * that asked for it fails (a gap is harmless, a duplicate is not).
 */
@Stateless
@PermitAll
public class ReceiptNumbers {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** No 0/O, 1/I/L: the applicant types the query code from a printed slip. */
    private static final char[] QUERY_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String next(LocalDate day) {
        return nextOf(countyCode() + "-" + day.format(DateTimeFormatter.BASIC_ISO_DATE));
    }

    /** Numbers of another kind of record on the same sequences, e.g. complaints {@code TS330399-20261130-000001}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String next(String kind, LocalDate day) {
        return nextOf(kind + countyCode() + "-" + day.format(DateTimeFormatter.BASIC_ISO_DATE));
    }

    /**
     * The next value of a named counter (at most 20 characters), e.g. a department's document
     * numbers of one kind in one year; 1 for a new counter.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int nextValue(String counter) {
        int updated = NativeWrites.touching(em.createNativeQuery("update receipt_sequence set last_value = last_value + 1 where prefix = ?1"), "receipt_sequence")
                .setParameter(1, counter).executeUpdate();
        if (updated == 0) {
            try {
                NativeWrites.touching(em.createNativeQuery("insert into receipt_sequence (prefix, last_value) values (?1, 1)"), "receipt_sequence")
                        .setParameter(1, counter).executeUpdate();
                return 1;
            } catch (jakarta.persistence.PersistenceException raced) {
                throw new SequenceRaceException();
            }
        }
        return ((Number) em.createNativeQuery("select last_value from receipt_sequence where prefix = ?1")
                .setParameter(1, counter).getSingleResult()).intValue();
    }

    /**
     * The value {@link #nextValue(String)} would give now, without taking it: what a preview of a
     * document shows as its number. Another issue may take it first; the document then gets the next.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public int peekValue(String counter) {
        var last = em.createNativeQuery("select last_value from receipt_sequence where prefix = ?1")
                .setParameter(1, counter).getResultList();
        return last.isEmpty() ? 1 : ((Number) last.get(0)).intValue() + 1;
    }

    private String nextOf(String prefix) {
        int updated = NativeWrites.touching(em.createNativeQuery("update receipt_sequence set last_value = last_value + 1 where prefix = ?1"), "receipt_sequence")
                .setParameter(1, prefix).executeUpdate();
        if (updated == 0) {
            try {
                NativeWrites.touching(em.createNativeQuery("insert into receipt_sequence (prefix, last_value) values (?1, 1)"), "receipt_sequence")
                        .setParameter(1, prefix).executeUpdate();
                return prefix + "-000001";
            } catch (jakarta.persistence.PersistenceException raced) {
                // another receipt created today's row at the same moment: take the next value instead
                throw new SequenceRaceException();
            }
        }
        Number value = (Number) em.createNativeQuery("select last_value from receipt_sequence where prefix = ?1")
                .setParameter(1, prefix).getSingleResult();
        return prefix + "-" + String.format("%06d", value.intValue());
    }

    public static String queryCode() {
        char[] c = new char[6];
        for (int i = 0; i < c.length; i++) c[i] = QUERY_ALPHABET[RANDOM.nextInt(QUERY_ALPHABET.length)];
        return new String(c);
    }

    static String countyCode() {
        return System.getProperty("yangguang.countyCode", "330399");
    }

    /** Thrown (and retried by the caller) when two transactions create the day's row together. */
    @jakarta.ejb.ApplicationException(rollback = true)
    public static class SequenceRaceException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
