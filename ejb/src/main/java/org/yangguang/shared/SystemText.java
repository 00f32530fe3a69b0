package org.yangguang.shared;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.text.MessageFormat;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A text the system writes, such as a case's progress note or a finding's explanation: a key of the
 * bundle {@code org.yangguang.texts} with its parameters, stored as such and put into words in the
 * reader's language each time it is shown (Chinese in documents and the API, the visitor's language
 * on pages). Never a stored sentence, so the English page reads English.
 *
 * <p>A parameter is one of: a literal (a date, a number, or a text as somebody entered it, which
 * stays as entered), an enum constant (shown by its label in the reader's language), another
 * system text, or a list of system texts.
 */
public record SystemText(String key, List<Object> args) implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String BUNDLE = "org.yangguang.texts";
    /**
     * What the services refuse and why (the words of {@link InvalidInputException} and the other
     * refusals): a bundle of its own beside {@link #BUNDLE}, no key in both.
     */
    public static final String ERRORS = "org.yangguang.errors";

    /** An enum constant as a parameter: its class and name, so that any language can label it. */
    public record EnumArg(String type, String name) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** The constant, for its Chinese label; null if the code no longer knows it. */
        public Enum<?> constant() {
            try {
                @SuppressWarnings({"unchecked", "rawtypes"})
                Enum<?> e = Enum.valueOf((Class) Class.forName(type, false, SystemText.class.getClassLoader()), name);
                return e;
            } catch (ReflectiveOperationException | IllegalArgumentException e) {
                return null;
            }
        }

        /** The class's simple name, as the pages' bundle keys it ({@code enum.<SimpleName>.<NAME>}). */
        public String simpleType() {
            return type.substring(Math.max(type.lastIndexOf('.'), type.lastIndexOf('$')) + 1);
        }
    }

    /**
     * Several texts shown one after another, separated by the text of {@code separator} (a key):
     * the language's list separator (、 / ", ") by default, or nothing ({@code text.empty}).
     */
    public record Joined(List<SystemText> parts, String separator) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    public SystemText {
        if (key == null || key.isBlank()) throw new IllegalArgumentException("a system text needs a key");
        args = List.copyOf(args);
    }

    /** The text of {@code key} with these parameters (dates and times as ISO text, enums by name). */
    public static SystemText of(String key, Object... args) {
        List<Object> normalised = new ArrayList<>(args.length);
        for (Object a : args) normalised.add(normalise(a));
        return new SystemText(key, normalised);
    }

    /** Texts joined with the language's list separator. */
    public static Joined joined(List<SystemText> parts) {
        return new Joined(List.copyOf(parts), "text.separator");
    }

    /** Texts one after another, nothing between them (each brings its own punctuation). */
    public static Joined concatenated(List<SystemText> parts) {
        return new Joined(List.copyOf(parts), "text.empty");
    }

    /** The empty text: an optional part that is absent. */
    public static SystemText empty() {
        return of("text.empty");
    }

    /**
     * A column that holds either a system text ({@link #encode()}, a JSON array) or, written before
     * texts were keyed, a plain Chinese sentence, which is shown as it is. Null for null.
     */
    public static SystemText shown(String stored) {
        if (stored == null) return null;
        if (stored.startsWith("[\"")) {
            try {
                return decode(stored);
            } catch (RuntimeException notKeyed) {
                // a sentence that merely starts like one: show it as it is
            }
        }
        return of("text.literal", stored);
    }

    /** {@link #shown(String)} in Chinese, for the API. */
    public static String chinese(String stored) {
        SystemText t = shown(stored);
        return t == null ? null : t.chinese();
    }

    /** Literals (names as entered, e.g. the materials of a notice) joined with the list separator. */
    public static Joined literals(List<String> texts) {
        return joined(texts.stream().map(t -> of("text.literal", t)).toList());
    }

    private static Object normalise(Object a) {
        if (a == null) return "";
        if (a instanceof Enum<?> e) return new EnumArg(e.getDeclaringClass().getName(), e.name());
        if (a instanceof TemporalAccessor t) return t.toString();
        // numbers as stored and read back: whole ones as long, others as decimals
        if (a instanceof Integer || a instanceof Long || a instanceof Short || a instanceof Byte) return ((Number) a).longValue();
        if (a instanceof Number n) return new java.math.BigDecimal(n.toString());
        if (a instanceof String || a instanceof SystemText || a instanceof EnumArg
                || a instanceof Joined) {
            return a;
        }
        return a.toString();
    }

    // ------------------------------------------------------------------ rendering

    /** How a page wants the parts of a text: enum labels in its language, literals escaped or marked. */
    public interface Renderer {
        Locale locale();

        /** The label of an enum constant in this language. */
        String label(EnumArg e);

        /** A literal as the page shows it (a page escapes it and marks Chinese as such). */
        default String literal(String text) {
            return text;
        }

        /** The bundle's own text as the page shows it (a page escapes it). */
        default String fixed(String text) {
            return text;
        }
    }

    /** Chinese, plain: for documents, the API, the audit trail and the publication bundle. */
    public static final Renderer CHINESE = new Renderer() {
        @Override
        public Locale locale() {
            return Locale.SIMPLIFIED_CHINESE;
        }

        @Override
        public String label(EnumArg e) {
            Enum<?> c = e.constant();
            return c instanceof Labelled l ? l.label() : e.name();
        }
    };

    /** The text in Chinese, plain. */
    public String chinese() {
        return render(CHINESE);
    }

    @Override
    public String toString() {
        return chinese();
    }

    public String render(Renderer r) {
        ResourceBundle bundle = bundle(r.locale());
        String pattern = pattern(key, r.locale());
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) values[i] = value(args.get(i), r, bundle);
        MessageFormat format = new MessageFormat(r.fixed(pattern), r.locale());
        // a whole number as written: an id, a year or a limit of 10000 characters, never "10,000"
        java.text.Format[] formats = format.getFormatsByArgumentIndex();
        for (int i = 0; i < formats.length && i < values.length; i++) {
            if (formats[i] == null && values[i] instanceof Long) {
                format.setFormatByArgumentIndex(i, new java.text.DecimalFormat("0", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT)));
            }
        }
        return format.format(values);
    }

    /** The pattern of a key in this language, from the texts or the refusals; {@code ???key???} if neither has it. */
    public static String pattern(String key, Locale locale) {
        for (String name : List.of(BUNDLE, ERRORS)) {
            ResourceBundle b = bundle(name, locale);
            if (b.containsKey(key)) return b.getString(key);
        }
        return "???" + key + "???";
    }

    private static Object value(Object a, Renderer r, ResourceBundle bundle) {
        if (a instanceof Number n) return n;
        if (a instanceof EnumArg e) return r.fixed(r.label(e));
        if (a instanceof SystemText t) return t.render(r);
        if (a instanceof Joined j) {
            String separator = r.fixed(bundle.getString(j.separator()));
            return String.join(separator, j.parts().stream().map(t -> t.render(r)).toList());
        }
        return r.literal((String) a);
    }

    public static ResourceBundle bundle(Locale locale) {
        return bundle(BUNDLE, locale);
    }

    private static ResourceBundle bundle(String name, Locale locale) {
        return ResourceBundle.getBundle(name, locale, SystemText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    // ------------------------------------------------------------------ storage

    /** The stored form: a JSON array of the key and the parameters. */
    public String encode() {
        return toJson().toString();
    }

    private JsonArray toJson() {
        JsonArrayBuilder b = Json.createArrayBuilder().add(key);
        for (Object a : args) add(b, a);
        return b.build();
    }

    private static void add(JsonArrayBuilder b, Object a) {
        if (a instanceof Number n) {
            b.add(Json.createValue(new java.math.BigDecimal(n.toString())));
        } else if (a instanceof EnumArg e) {
            b.add(Json.createObjectBuilder().add("enum", e.type()).add("name", e.name()));
        } else if (a instanceof SystemText t) {
            b.add(Json.createObjectBuilder().add("text", t.toJson()));
        } else if (a instanceof Joined j) {
            JsonArrayBuilder parts = Json.createArrayBuilder();
            for (SystemText t : j.parts()) parts.add(t.toJson());
            b.add(Json.createObjectBuilder().add("joined", parts).add("by", j.separator()));
        } else {
            b.add((String) a);
        }
    }

    /** The text stored by {@link #encode()}; null for null. */
    public static SystemText decode(String stored) {
        if (stored == null || stored.isBlank()) return null;
        try (var reader = Json.createReader(new StringReader(stored))) {
            return fromJson(reader.readArray());
        }
    }

    private static SystemText fromJson(JsonArray a) {
        List<Object> args = new ArrayList<>(a.size() - 1);
        for (int i = 1; i < a.size(); i++) args.add(arg(a.get(i)));
        return new SystemText(a.getString(0), args);
    }

    private static Object arg(JsonValue v) {
        return switch (v.getValueType()) {
            case NUMBER -> {
                JsonNumber n = (JsonNumber) v;
                yield n.isIntegral() ? (Object) n.longValue() : n.bigDecimalValue();
            }
            case STRING -> ((JsonString) v).getString();
            case OBJECT -> {
                JsonObject o = v.asJsonObject();
                if (o.containsKey("enum")) yield new EnumArg(o.getString("enum"), o.getString("name"));
                if (o.containsKey("text")) yield fromJson(o.getJsonArray("text"));
                yield new Joined(o.getJsonArray("joined").stream().map(p -> fromJson(p.asJsonArray())).toList(),
                        o.getString("by", "text.separator"));
            }
            default -> "";
        };
    }
}
