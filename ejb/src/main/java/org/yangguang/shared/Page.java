package org.yangguang.shared;

import java.util.List;
import java.util.function.Function;

/** One page of results with the total count of the whole query. */
public record Page<T>(List<T> items, long total) implements java.io.Serializable {
    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), total);
    }
}
