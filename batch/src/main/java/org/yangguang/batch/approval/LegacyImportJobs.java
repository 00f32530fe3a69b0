package org.yangguang.batch.approval;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Properties;
import org.yangguang.security.Role;

/** Starts the {@code legacy-import} job for an upload the office has just staged (and committed). */
@Stateless
public class LegacyImportJobs {
    public static final String JOB = "legacy-import";

    @RolesAllowed(Role.OFFICE_ADMIN_NAME)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long start(long importId) {
        Properties p = new Properties();
        p.setProperty("importId", Long.toString(importId));
        return BatchRuntime.getJobOperator().start(JOB, p); // its listener records the execution
    }
}
