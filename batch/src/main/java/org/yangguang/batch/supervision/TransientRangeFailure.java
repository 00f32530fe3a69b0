package org.yangguang.batch.supervision;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientException;

/**
 * A range that failed for a reason that passes (a deadlock, a lock wait timeout): the job's chunk
 * declares it retryable, so the range is rolled back and done again rather than failing the night.
 */
public class TransientRangeFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** MySQL/MariaDB: lock wait timeout, deadlock, auto-increment lock lost to a deadlock. */
    private static final int[] MYSQL_TRANSIENT = {1205, 1213, 1467};
    /** H2: lock timeout, concurrent update, deadlock. */
    private static final int[] H2_TRANSIENT = {50200, 90131, 40001};

    TransientRangeFailure(Throwable cause) {
        super("Transient database failure, the range is retried: " + cause.getMessage(), cause);
    }

    static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLTransactionRollbackException
                    || t instanceof SQLTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (int code : MYSQL_TRANSIENT) if (sql.getErrorCode() == code) return true;
                for (int code : H2_TRANSIENT) if (sql.getErrorCode() == code) return true;
            }
        }
        return false;
    }
}
