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
    private transient Page<T> lastPage;

    public interface SerializableFunction<A, B> extends Function<A, B>, java.io.Serializable {}

    public PagedModel(SerializableFunction<PageRequest, Page<T>> query, SerializableFunction<T, String> rowKey) {
        this.query = query;
        this.rowKey = rowKey;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) query.apply(new PageRequest(0, 1, null, true)).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
        String field = sort == null ? null : sort.getField();
        boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
        lastPage = query.apply(new PageRequest(first, Math.min(Math.max(pageSize, 1), PageRequest.MAX_SIZE), field,
                ascending));
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
