package org.yangguang.shared;

/** LIKE patterns from user text: the text matches literally (escape character {@code \}). */
public final class Like {
    public static final char ESCAPE = '\\';

    private Like() {}

    public static String contains(String text) {
        return "%" + text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
