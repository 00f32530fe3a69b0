package org.yangguang.shared;

/**
 * One page of a database-paged query. Sorting is by a whitelisted field name, never by text
 * pasted into a query.
 */
public record PageRequest(int first, int size, String sortField, boolean ascending) implements java.io.Serializable {
    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (first < 0) throw new IllegalArgumentException("first must be >= 0");
        if (size < 1 || size > MAX_SIZE) throw new IllegalArgumentException("size must be 1.." + MAX_SIZE);
    }

    public static PageRequest of(int page, int size) {
        return new PageRequest(Math.max(0, page - 1) * size, size, null, true);
    }
}
