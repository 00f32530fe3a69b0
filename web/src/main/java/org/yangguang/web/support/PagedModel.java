package org.yangguang.web.support;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.yangguang.shared.Page;
import org.yangguang.shared.PageRequest;

/**
 * A PrimeFaces lazy table backed by a paged service query: the database pages and sorts, the
 * page never holds more than one screen of rows. Filters are the backing bean's own fields.
 */
public class PagedModel<T> extends LazyDataModel<T> {
    private static final long serialVersionUID = 1L;

    private final SerializableFunction<PageRequest, Page<T>> query;
    private final SerializableFunction<T, String> rowKey;
    /** Where the service can count apart from reading a page, the table counts once per request. */
    private final java.util.function.LongSupplier counter;
    private final SerializableFunction<PageRequest, List<T>> items;
    private transient Page<T> lastPage;

    public interface SerializableFunction<A, B> extends Function<A, B>, java.io.Serializable {}

    public PagedModel(SerializableFunction<PageRequest, Page<T>> query, SerializableFunction<T, String> rowKey) {
        this.query = query;
        this.rowKey = rowKey;
        this.counter = null;
        this.items = null;
    }

    /** A table whose page and count are two separate queries (large tables: no count per page). */
    public PagedModel(SerializableFunction<PageRequest, List<T>> items, SerializableLongSupplier counter,
            SerializableFunction<T, String> rowKey) {
        this.query = null;
        this.rowKey = rowKey;
        this.counter = counter;
        this.items = items;
    }

    public interface SerializableLongSupplier extends java.util.function.LongSupplier, java.io.Serializable {}

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        if (counter != null) return (int) Math.min(Integer.MAX_VALUE, counter.getAsLong());
        // The table asks for the count only to keep its first row in range, before load() runs the
        // page's query, which counts too and sets the total the paginator shows. So no query here:
        // the total of the last page read, or "unknown yet" on the first render.
        return lastPage == null ? Integer.MAX_VALUE : (int) Math.min(Integer.MAX_VALUE, lastPage.total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
        String field = sort == null ? null : sort.getField();
        boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
        PageRequest request = new PageRequest(first, Math.min(Math.max(pageSize, 1), PageRequest.MAX_SIZE), field, ascending);
        if (items != null) {
            // the row count was set from count(), which PrimeFaces asks for before loading
            lastPage = new Page<>(items.apply(request), getRowCount());
            return lastPage.items();
        }
        lastPage = query.apply(request);
        setRowCount((int) lastPage.total());
        return lastPage.items();
    }

    @Override
    public String getRowKey(T row) {
        return rowKey.apply(row);
    }

    @Override
    public T getRowData(String key) {
        if (lastPage == null) return null;
        return lastPage.items().stream().filter(r -> rowKey.apply(r).equals(key)).findFirst().orElse(null);
    }
}
