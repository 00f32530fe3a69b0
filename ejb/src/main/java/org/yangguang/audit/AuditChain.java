package org.yangguang.audit;

import org.yangguang.shared.NativeWrites;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.yangguang.security.Role;

/**
 * The audit trail as a hash chain. Entries are written in their callers' transactions without a
 * hash, so that recording never serialises the application on one row; every few seconds the
 * sealer takes the committed entries not yet sealed, in id order, and gives each its place
 * ({@code seq}), the hash of the entry before it and its own hash over every column. The chain's
 * head row is locked while sealing, so nodes of a cluster take turns. An entry edited, deleted or
 * inserted in the database afterwards no longer matches: {@link #verify()} names the first one.
 */
@Stateless
public class AuditChain {
    static final String GENESIS = "0".repeat(64);
    private static final int BATCH = 1000;

    @PersistenceContext
    EntityManager em;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext context;

    /** What a verification found: every sealed entry checked, and the first broken link if any. */
    public record Verification(boolean intact, long checked, long unsealed, Long brokenSeq, Long brokenEntryId,
            Instant brokenAt, String problem) implements java.io.Serializable {}

    @PermitAll
    @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sealPeriodically() {
        if (!org.yangguang.infrastructure.DatabaseMigration.isDone()) return; // first start: no tables yet
        seal();
    }

    /** Seals the entries committed so far; returns how many. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int seal() {
        Object[] head = (Object[]) em.createNativeQuery("SELECT last_seq, last_hash FROM audit_chain WHERE id = 1 FOR UPDATE")
                .getSingleResult();
        long seq = ((Number) head[0]).longValue();
        String hash = ((String) head[1]).trim();
        int sealed = 0;
        while (true) {
            // read-only: the entries are only hashed, never dirty-checked or flushed
            List<AuditEntry> batch = em.createQuery("select e from AuditEntry e where e.seq is null order by e.id",
                    AuditEntry.class).setHint("org.hibernate.readOnly", true).setMaxResults(BATCH).getResultList();
            if (batch.isEmpty()) break;
            List<Object[]> links = new java.util.ArrayList<>(batch.size());
            for (AuditEntry e : batch) {
                seq++;
                String own = hash(seq, hash, e);
                links.add(new Object[] {seq, hash, own, e.getId()});
                hash = own;
                sealed++;
            }
            writeLinks(links);
            em.clear();
            if (batch.size() < BATCH) break;
        }
        if (sealed > 0) {
            NativeWrites.touching(em.createNativeQuery("UPDATE audit_chain SET last_seq = ?1, last_hash = ?2 WHERE id = 1"), "audit_chain")
                    .setParameter(1, seq).setParameter(2, hash).executeUpdate();
        }
        return sealed;
    }

    /** One JDBC batch per page of entries (a statement per entry made sealing the day's log slow). */
    private void writeLinks(List<Object[]> links) {
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (java.sql.PreparedStatement ps = connection.prepareStatement(
                    "UPDATE audit_entry SET seq = ?, prev_hash = ?, entry_hash = ? WHERE id = ?")) {
                for (Object[] link : links) {
                    ps.setLong(1, (Long) link[0]);
                    ps.setString(2, (String) link[1]);
                    ps.setString(3, (String) link[2]);
                    ps.setLong(4, (Long) link[3]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    /** Walks the whole chain, after sealing what is pending. */
    @RolesAllowed({Role.OFFICE_ADMIN_NAME, Role.SUPERVISOR_NAME})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Verification verify() {
        context.getBusinessObject(AuditChain.class).seal(); // in a transaction of its own
        String expectedPrev = GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        while (true) {
            List<AuditEntry> page = em.createQuery("select e from AuditEntry e where e.seq >= :from order by e.seq",
                    AuditEntry.class).setParameter("from", expectedSeq).setMaxResults(BATCH).getResultList();
            for (AuditEntry e : page) {
                String problem = e.getSeq() != expectedSeq ? "缺少序号 " + expectedSeq + " 的记录（记录被删除）"
                        : !expectedPrev.equals(e.getPrevHash()) ? "与前一条记录的链接不符（记录被删除、插入或改动）"
                        : !hash(e.getSeq(), e.getPrevHash(), e).equals(e.getEntryHash()) ? "记录内容与其哈希不符（记录被改动）"
                        : null;
                if (problem != null) {
                    return new Verification(false, checked, unsealed(), e.getSeq(), e.getId(), e.getOccurredAt(), problem);
                }
                expectedPrev = e.getEntryHash();
                expectedSeq++;
                checked++;
            }
            em.clear();
            if (page.size() < BATCH) break;
        }
        Object[] head = (Object[]) em.createNativeQuery("SELECT last_seq, last_hash FROM audit_chain WHERE id = 1").getSingleResult();
        if (((Number) head[0]).longValue() != checked || !((String) head[1]).trim().equals(expectedPrev)) {
            return new Verification(false, checked, unsealed(), checked + 1, null, null, "链尾记录缺失（最后的记录被删除）");
        }
        return new Verification(true, checked, unsealed(), null, null, null, null);
    }

    private long unsealed() {
        return em.createQuery("select count(e) from AuditEntry e where e.seq is null", Long.class).getSingleResult();
    }

    /** SHA-256 over the place, the previous hash and every column, each length-prefixed. */
    static String hash(long seq, String prev, AuditEntry e) {
        StringBuilder b = new StringBuilder();
        for (Object part : new Object[] {seq, prev, e.getId(), e.getOccurredAt().truncatedTo(ChronoUnit.MICROS), e.getActor(),
                e.getAction(), e.getSubjectType(), e.getSubjectKey(), e.getBefore(), e.getAfter()}) {
            String s = part == null ? "\u0000" : part.toString();
            b.append(s.length()).append(':').append(s).append('|');
        }
        return org.yangguang.shared.Sha256.hex(b.toString());
    }
}
