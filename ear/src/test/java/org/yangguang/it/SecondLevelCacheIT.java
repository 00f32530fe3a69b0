package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.yangguang.approval.ReceiptNumbers;
import org.yangguang.audit.AuditChain;
import org.yangguang.catalog.Matter;
import org.yangguang.catalog.MatterRepository;
import org.yangguang.organization.Department;

/**
 * In the server: the cached reference data (departments, matters, accounts) stays cached while
 * cases are received. Every receipt and document takes a number with native SQL; undeclared, each
 * such statement emptied the whole second-level cache, and every request read the caller's
 * account, the matter and the department from the database again.
 */
@ExtendWith(ArquillianExtension.class)
class SecondLevelCacheIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(SecondLevelCacheIT.class);
    }

    @PersistenceUnit
    EntityManagerFactory emf;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    ReceiptNumbers numbers;

    @Inject
    AuditChain chain;

    @Inject
    MatterRepository matters;

    /** A receipt and the guide find the matter by its code: the second time without a statement. */
    @Test
    void aMatterIsFoundByItsCodeFromTheCache() throws Exception {
        tx.begin();
        em.joinTransaction();
        String code = em.createQuery("select m.implementationCode from Matter m where m.currentVersion is not null order by m.id",
                String.class).setMaxResults(1).getSingleResult();
        matters.find(code).orElseThrow();
        tx.commit();

        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        boolean wasEnabled = stats.isStatisticsEnabled();
        stats.setStatisticsEnabled(true);
        try {
            stats.clear();
            tx.begin();
            em.joinTransaction();
            assertEquals(code, matters.find(code).orElseThrow().getImplementationCode());
            tx.commit();
            var byCode = stats.getNaturalIdStatistics(Matter.class.getName());
            assertEquals(0, byCode.getExecutionCount(), "no query for the code");
            assertTrue(byCode.getCacheHitCount() >= 1, "the code was found in the cache");
            assertEquals(0, stats.getEntityStatistics(Matter.class.getName()).getFetchCount(), "nor for the matter");
        } finally {
            stats.setStatisticsEnabled(wasEnabled);
        }
    }

    @Test
    void takingNumbersAndSealingTheAuditTrailLeaveTheCacheAlone() throws Exception {
        long department = cachedDepartment();

        numbers.nextValue("IT-CACHE");
        numbers.next(java.time.LocalDate.of(2026, 12, 1));
        chain.seal();
        assertTrue(emf.getCache().contains(Department.class, department), "still cached after numbers and sealing");

        // what the declaration prevents: a native write that names no table empties the whole cache
        tx.begin();
        em.joinTransaction();
        em.createNativeQuery("update receipt_sequence set last_value = last_value where prefix = 'IT-CACHE'").executeUpdate();
        tx.commit();
        assertFalse(emf.getCache().contains(Department.class, department), "an undeclared native write evicts everything");
    }

    private long cachedDepartment() throws Exception {
        tx.begin();
        em.joinTransaction();
        long id = em.createQuery("select d.id from Department d order by d.id", Long.class).setMaxResults(1).getSingleResult();
        em.clear();
        em.find(Department.class, id);
        tx.commit();
        assertTrue(emf.getCache().contains(Department.class, id), "a department read is cached");
        return id;
    }
}
