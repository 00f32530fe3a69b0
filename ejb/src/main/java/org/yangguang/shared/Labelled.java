package org.yangguang.shared;

/**
 * An enum with a Chinese label, as shown in the UI and written in Excel files. Parsing accepts the
 * label or the code name, so files may use either.
 */
public interface Labelled {
    String label();

    default String getLabel() {
        return label();
    }

    static <E extends Enum<E> & Labelled> E parse(Class<E> type, String text, String what) {
        String t = text == null ? "" : text.trim();
        for (E e : type.getEnumConstants()) {
            if (e.label().equals(t) || e.name().equalsIgnoreCase(t)) return e;
        }
        throw new InvalidValue(SystemText.of("shared.unknownLabel", what, String.valueOf(text)));
    }
}
