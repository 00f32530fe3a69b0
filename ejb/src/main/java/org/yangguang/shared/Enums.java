package org.yangguang.shared;

import java.util.List;

/** Enum values typed into a form or a JSON body: by their code name, any case; a wrong one is bad input naming the field. */
public final class Enums {
    private Enums() {}

    /** The constant named {@code raw}, null when blank; else "field: 可选值 [A, B, …]". */
    public static <E extends Enum<E>> E parse(Class<E> type, String field, String raw) {
        if (raw == null || raw.isBlank()) return null;
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, SystemText.of("input.choices", List.of(type.getEnumConstants()).toString()));
        }
    }

    /** As {@link #parse}, but required: "field: message" when blank. */
    public static <E extends Enum<E>> E require(Class<E> type, String field, String raw, SystemText message) {
        E value = parse(type, field, raw);
        if (value == null) throw new InvalidInputException(field, message);
        return value;
    }
}
