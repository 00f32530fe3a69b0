package org.yangguang.shared;

import jakarta.json.Json;
import jakarta.json.JsonConfig;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The one way JSON from outside is read (API bodies, legacy import lines). Stricter than the
 * JSON-P default: a key given twice in one object is malformed (JSON-P keeps the last one, so
 * {@code {"version":1,"version":9}} would pass one value to a check and another to the binding),
 * nesting is limited to {@value #MAX_DEPTH} levels (every document of this API is a few levels
 * deep; 10,000 levels of {@code [} made the parser throw a plain RuntimeException, a 500), and a
 * number must be of a size a field can hold. Every failure is an {@link InvalidInputException}
 * saying where.
 */
public final class StrictJson {
    /** Deeper than any request of the API (a matter draft is four levels). */
    public static final int MAX_DEPTH = 32;
    /** Digits before or after the decimal point: no amount, count or version needs more. */
    private static final int MAX_MAGNITUDE = 40;

    private static final SystemText BODY = SystemText.of("json.body");

    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());
    /** The second read builds the value; duplicate keys and depth are refused here too, as a backstop. */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of(
            JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE,
            "org.eclipse.parsson.maxDepth", MAX_DEPTH + 1));

    private StrictJson() {}

    /** Reads a request body (UTF-8), or throws {@link InvalidInputException} naming the problem. */
    public static JsonValue read(byte[] utf8) {
        check(PARSERS.createParser(new ByteArrayInputStream(utf8), StandardCharsets.UTF_8), BODY);
        try (JsonReader reader = READERS.createReader(new ByteArrayInputStream(utf8), StandardCharsets.UTF_8)) {
            return reader.readValue();
        } catch (RuntimeException e) {
            throw notJson(BODY, SystemText.empty());
        }
    }

    /** Reads one JSON value from text (a line of an import file); {@code what} names it in the error. */
    public static JsonValue read(String text, SystemText what) {
        check(PARSERS.createParser(new StringReader(text)), what);
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            return reader.readValue();
        } catch (RuntimeException e) {
            throw notJson(what, SystemText.empty());
        }
    }

    /** One streaming pass: syntax, depth, duplicate keys and number sizes, each with its place. */
    private static void check(JsonParser parser, SystemText what) {
        // one set of keys per open object; arrays push an empty marker so depth counts them too
        Deque<Set<String>> open = new ArrayDeque<>();
        try (parser) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                switch (event) {
                    case START_OBJECT, START_ARRAY -> {
                        if (open.size() >= MAX_DEPTH) throw invalid(parser, what, SystemText.of("json.tooDeep", MAX_DEPTH));
                        open.push(event == JsonParser.Event.START_OBJECT ? new HashSet<>() : Set.of());
                    }
                    case END_OBJECT, END_ARRAY -> open.pop();
                    case KEY_NAME -> {
                        if (!open.peek().add(parser.getString())) {
                            throw invalid(parser, what, SystemText.of("json.duplicateKey", shortened(parser.getString())));
                        }
                    }
                    case VALUE_NUMBER -> {
                        String raw = parser.getString();
                        if (raw.length() > MAX_MAGNITUDE * 2 || tooLarge(new BigDecimal(raw))) {
                            throw invalid(parser, what, SystemText.of("json.numberTooLarge"));
                        }
                    }
                    default -> { }
                }
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (JsonParsingException e) {
            throw notJson(what, where(e.getLocation()));
        } catch (RuntimeException e) {
            // the parser's own limits (depth, number length) and anything else it refuses
            throw notJson(what, SystemText.empty());
        }
    }

    private static boolean tooLarge(BigDecimal n) {
        return n.precision() - n.scale() > MAX_MAGNITUDE || n.scale() > MAX_MAGNITUDE;
    }

    private static InvalidInputException invalid(JsonParser parser, SystemText what, SystemText problem) {
        return new InvalidInputException(SystemText.of("json.notJsonBecause", what, where(parser.getLocation()), problem));
    }

    private static InvalidInputException notJson(SystemText what, SystemText where) {
        return new InvalidInputException(SystemText.of("json.notJson", what, where));
    }

    private static SystemText where(JsonLocation at) {
        return at == null || at.getLineNumber() < 1 ? SystemText.empty() : SystemText.of("json.at", at.getLineNumber(), at.getColumnNumber());
    }

    private static String shortened(String key) {
        return key.length() > 40 ? key.substring(0, 40) + "…" : key;
    }
}
