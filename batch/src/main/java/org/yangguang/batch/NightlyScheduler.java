package org.yangguang.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Starts the nightly jobs. The EJB timer only starts a job; the work, its transactions and its
 * restart after a crash belong to Jakarta Batch (JBeret's JDBC job repository). Non-persistent
 * timers: a missed night is caught up by the next run, since every job is idempotent.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class NightlyScheduler {
    private static final Logger LOG = Logger.getLogger(NightlyScheduler.class.getName());
    public static final String CATALOG_ACTIVATION = "catalog-activation";

    /** Shortly after midnight Beijing time, so versions take effect on their effective date. */
    @Schedule(hour = "0", minute = "5", timezone = "Asia/Shanghai", persistent = false)
    void activateCatalogVersions() {
        start(CATALOG_ACTIVATION);
    }

    public long start(String jobName) {
        JobOperator operator = BatchRuntime.getJobOperator();
        long id = operator.start(jobName, new Properties());
        LOG.info(() -> "Started batch job " + jobName + " as execution " + id);
        return id;
    }
}
