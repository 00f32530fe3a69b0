package org.yangguang.shared;

import jakarta.persistence.Query;
import org.hibernate.query.NativeQuery;

/**
 * Native SQL that writes names the tables it writes. Hibernate cannot tell what a native
 * statement changes, so without them it empties the whole second-level cache after each one
 * (matters, departments, accounts, cases): a receipt number taken per case did exactly that.
 */
public final class NativeWrites {
    private NativeWrites() {}

    /** The query, telling Hibernate it writes only these tables. */
    public static Query touching(Query query, String... tables) {
        NativeQuery<?> nativeQuery = query.unwrap(NativeQuery.class);
        for (String table : tables) nativeQuery.addSynchronizedQuerySpace(table);
        return query;
    }
}
