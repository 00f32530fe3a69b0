package org.yangguang.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yangguang.approval.CaseStatus;

/**
 * What the services say when they refuse, in both languages: the refusals' bundle
 * ({@code errors*.properties}) and the Bean Validation messages ({@code ValidationMessages*}) have
 * the same keys in Chinese and English, every key the code of any module uses exists, and the
 * Chinese stays what it was before the texts were keyed.
 */
class RefusalTextsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void bothLanguagesOfTheRefusalsHaveTheSameKeysAndValidPatterns() throws Exception {
        Properties zh = load("/org/yangguang/errors.properties");
        Properties en = load("/org/yangguang/errors_en.properties");
        assertEquals(new TreeSet<>(zh.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        List<String> bad = new ArrayList<>();
        for (Properties p : List.of(zh, en)) {
            for (String key : p.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                new MessageFormat(pattern, Locale.ROOT);
                // a single quote starts quoted text in MessageFormat: "nobody's" would lose its parameters
                String unquoted = pattern.replace("''", "").replace("'{'", "").replace("'}'", "");
                if (unquoted.contains("'")) bad.add(key + "=" + pattern);
            }
            for (String key : zh.stringPropertyNames()) {
                if (!placeholders(zh.getProperty(key)).equals(placeholders(en.getProperty(key)))) bad.add(key + ": parameters differ");
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void noKeyIsBothASystemTextAndARefusal() throws Exception {
        Set<String> both = new TreeSet<>(load("/org/yangguang/texts.properties").stringPropertyNames());
        both.retainAll(load("/org/yangguang/errors.properties").stringPropertyNames());
        assertEquals(Set.of(), both);
    }

    /**
     * Every key the code names is in one of the two bundles: in the ejb and batch modules any
     * literal that looks like one ({@code "case.notFound"}, also in a condition or a table's
     * {@code when}), in the web module the keys of {@code SystemText.of} and the API's titles
     * (the pages' own bundle has keys that look alike). And the refusals keep no key no code names.
     */
    @Test
    void everyKeyTheModulesUseExists() throws Exception {
        Set<String> known = new TreeSet<>(load("/org/yangguang/texts.properties").stringPropertyNames());
        Set<String> refusals = load("/org/yangguang/errors.properties").stringPropertyNames();
        known.addAll(refusals);
        Set<String> prefixes = new TreeSet<>();
        known.forEach(k -> prefixes.add(k.substring(0, k.indexOf('.'))));
        Pattern literal = Pattern.compile("\"([a-z][a-zA-Z0-9]*)((?:\\.[a-zA-Z0-9]+)+)\"");
        Pattern web = Pattern.compile("(?:SystemText\\.of\\(\\s*|title\\(\\s*|-> )\"([a-z][a-zA-Z0-9.]*[a-zA-Z0-9])\"");
        Set<String> used = new TreeSet<>();
        Set<String> missing = new TreeSet<>();
        StringBuilder all = new StringBuilder();
        for (Path f : sources()) {
            String source = Files.readString(f);
            all.append(source);
            if (f.startsWith(ROOT.resolve("web"))) {
                Matcher m = web.matcher(source);
                while (m.find()) {
                    used.add(m.group(1));
                    if (!known.contains(m.group(1))) missing.add(m.group(1) + " (" + f.getFileName() + ")");
                }
            } else {
                Matcher m = literal.matcher(source);
                while (m.find()) {
                    if (!prefixes.contains(m.group(1))) continue;
                    String key = m.group(1) + m.group(2);
                    used.add(key);
                    if (!known.contains(key)) missing.add(key + " (" + f.getFileName() + ")");
                }
            }
        }
        assertTrue(used.size() > 400, "the scan finds the texts: " + used.size());
        assertEquals(Set.of(), missing);
        Set<String> unused = new TreeSet<>();
        for (String key : refusals) if (all.indexOf("\"" + key + "\"") < 0) unused.add(key);
        assertEquals(Set.of(), unused, "refusals no code names");
    }

    @Test
    void theValidationMessagesHaveTheSameKeysInEveryLanguageAndTheCodeUsesThemAll() throws Exception {
        Properties base = load("/ValidationMessages.properties");
        Properties zhCn = load("/ValidationMessages_zh_CN.properties");
        Properties en = load("/ValidationMessages_en.properties");
        assertEquals(base, zhCn, "the Chinese file for a server whose default locale is English is the base's copy");
        assertEquals(new TreeSet<>(base.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        for (String key : base.stringPropertyNames()) {
            assertEquals(placeholders(base.getProperty(key)), placeholders(en.getProperty(key)), key);
        }
        Pattern template = Pattern.compile("\\{(yangguang\\.[A-Za-z0-9.]+)}");
        Set<String> used = new TreeSet<>();
        for (Path f : sources()) {
            Matcher m = template.matcher(Files.readString(f));
            while (m.find()) used.add(m.group(1));
        }
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(base.stringPropertyNames());
        assertEquals(Set.of(), missing, "templates without a message");
        Set<String> unused = new TreeSet<>(base.stringPropertyNames());
        unused.removeAll(used);
        assertEquals(Set.of(), unused, "messages no constraint uses");
        // no constraint of the application keeps a sentence of its own: every message is a template
        List<String> literal = new ArrayList<>();
        Pattern message = Pattern.compile("message = \"(?!\\{)[^\"]*\"");
        for (Path f : sources()) {
            Matcher m = message.matcher(Files.readString(f));
            while (m.find()) literal.add(f.getFileName() + ": " + m.group());
        }
        assertEquals(List.of(), literal);
    }

    @Test
    void aRefusalIsChineseInItsMessageAndKeyedForTheReader() {
        ConflictException e = new ConflictException(SystemText.of("case.changedByOthers", CaseStatus.IN_PROGRESS));
        assertEquals("办件已被他人更新（办理中），请刷新后重试", e.getMessage());
        assertEquals("Someone else has updated the case (CaseStatus.IN_PROGRESS); please refresh and try again",
                e.text().render(SystemTextTest.ENGLISH));
    }

    @Test
    void invalidInputKeepsItsFieldsAndListsThemAsTheApiAlwaysDid() {
        InvalidInputException e = new InvalidInputException(List.of(
                new InvalidInputException.Problem("version", SystemText.of("input.versionMissing")),
                new InvalidInputException.Problem(SystemText.of("password.lettersAndDigits"))));
        assertEquals(List.of("version: 请带上读取时的 version，以免覆盖他人操作", "密码须同时包含字母和数字"), e.errors());
        assertEquals("version: 请带上读取时的 version，以免覆盖他人操作; 密码须同时包含字母和数字", e.getMessage());
        assertEquals(e.getMessage(), e.text().chinese(), "one text for a stored line of an import");
        assertEquals("version: Please send the version you read, so that nobody's change is overwritten; A password needs both"
                + " letters and digits", e.text().render(SystemTextTest.ENGLISH));
        assertEquals(e.text(), SystemText.decode(e.text().encode()));
    }

    @Test
    void aLongTextIsRefusedWithItsLimitWrittenAsANumber() {
        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> InvalidInputException.requireText("x".repeat(10_001), "body", SystemText.of("item.bodyMissing"), 10_000));
        assertEquals(List.of("body: 不超过10000字"), e.errors(), "a whole number is never grouped (10,000)");
        assertEquals("At most 10000 characters", e.problems().get(0).text().render(SystemTextTest.ENGLISH));
    }

    @Test
    void aDomainRefusalIsJavasOwnExceptionWithItsWords() {
        Map<Class<?>, RuntimeException> thrown = new HashMap<>();
        thrown.put(IllegalArgumentException.class, new InvalidValue(SystemText.of("disclosure.fee.amountPositive", 0)));
        thrown.put(IllegalStateException.class, new BrokenRule(SystemText.of("disclosure.fee.notNoticed")));
        thrown.forEach((type, e) -> assertTrue(type.isInstance(e)));
        assertEquals("收费通知的金额须大于0元：0", thrown.get(IllegalArgumentException.class).getMessage());
        assertEquals("未发出收费通知，无需缴费", Refusal.words(thrown.get(IllegalStateException.class)).chinese());
        assertEquals("plain", Refusal.words(new IllegalStateException("plain")).chinese());
    }

    @Test
    void anEnteredDateOutOfItsWindowSaysWhichBoundAndWhatWasEntered() {
        LocalDate today = LocalDate.parse("2026-11-23");
        assertEquals("日期不能早于1990-01-01（输入的是1989-12-31）",
                EnteredDate.Validator.problem(LocalDate.parse("1989-12-31"), today, false).chinese());
        assertEquals("The date cannot be after 2027-11-23 (entered: 2030-01-01)",
                EnteredDate.Validator.problem(LocalDate.parse("2030-01-01"), today, false).render(SystemTextTest.ENGLISH));
        assertNull(EnteredDate.Validator.problem(LocalDate.parse("2030-01-01"), today, true));
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("\\{([A-Za-z0-9]+)").matcher(pattern.replace("'{'", "").replace("'}'", ""));
        while (m.find()) out.add(m.group(1));
        return out;
    }

    private static List<Path> sources() throws Exception {
        List<Path> out = new ArrayList<>();
        for (String module : List.of("ejb", "batch", "web")) {
            Path src = ROOT.resolve(module).resolve("src/main/java");
            assertTrue(Files.isDirectory(src), src.toString());
            try (Stream<Path> files = Files.walk(src)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(out::add);
            }
        }
        return out;
    }

    private static Properties load(String resource) throws Exception {
        Properties p = new Properties();
        try (InputStream in = RefusalTextsTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertFalse(p.isEmpty(), resource);
        return p;
    }
}
