package org.yangguang.shared;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;

/** What really went wrong: the container wraps exceptions of services in its own. */
public final class Failures {
    private Failures() {}

    /** Unwraps EJB, transaction and persistence wrappers (but keeps an optimistic-lock failure). */
    public static Throwable cause(Throwable e) {
        Throwable t = e;
        while ((t instanceof EJBException || t instanceof RollbackException
                || (t instanceof PersistenceException && !(t instanceof OptimisticLockException)))
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
