package org.yangguang.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yangguang.catalog.SpecialProcedureType;

/** System texts: stored as key and parameters, shown in either language, and both bundles complete. */
public class SystemTextTest {

    /** English, with enum constants by name (the web labels them from its own bundle). */
    public static final SystemText.Renderer ENGLISH = new SystemText.Renderer() {
        @Override
        public Locale locale() {
            return Locale.ENGLISH;
        }

        @Override
        public String label(SystemText.EnumArg e) {
            return e.simpleType() + "." + e.name();
        }
    };

    @Test
    void aTextIsStoredWithItsKeyAndParametersAndReadBackTheSame() {
        SystemText t = SystemText.of("case.note.procedureStarted", SpecialProcedureType.INSPECTION, 5, LocalDate.parse("2026-10-09"));
        String stored = t.encode();
        assertTrue(stored.startsWith("[\"case.note.procedureStarted\""), stored);
        assertEquals(t, SystemText.decode(stored));
        assertEquals("进入特别程序（检验），预计5天，至2026-10-09，期间不计入办理时限", SystemText.decode(stored).chinese());
        assertEquals("Special procedure (SpecialProcedureType.INSPECTION) started, expected to take 5 days until 2026-10-09;"
                + " this time does not count", SystemText.decode(stored).render(ENGLISH));
    }

    @Test
    void nestedTextsAndListsRenderInTheReadersLanguage() {
        SystemText notice = SystemText.of("text.then",
                SystemText.of("case.note.correctionRequested", SystemText.literals(List.of("申请书", "营业执照"))),
                SystemText.of("case.note.documentIssued", DocumentKindLike.CORRECTION, "阳市监许补字〔2026〕第3号"));
        SystemText back = SystemText.decode(notice.encode());
        assertEquals("请一次性补正以下材料：申请书、营业执照；已出具《CORRECTION》阳市监许补字〔2026〕第3号", back.chinese(),
                "an enum that is not Labelled shows its name in Chinese");
        assertEquals("Please hand in all of the following at once: 申请书, 营业执照; Issued: DocumentKindLike.CORRECTION"
                + " 阳市监许补字〔2026〕第3号", back.render(ENGLISH), "what people entered stays as entered");
    }

    @Test
    void aColumnWrittenBeforeTextsWereKeyedIsShownAsItIs() {
        assertEquals("收件日2026-09-01，告知期限2026-09-08", SystemText.shown("收件日2026-09-01，告知期限2026-09-08").render(ENGLISH));
        assertEquals("[不是JSON", SystemText.shown("[不是JSON").chinese());
        assertNull(SystemText.shown(null));
        assertEquals("收费120元，高于公布标准", SystemText.chinese(SystemText.of("case.violation.feeAbove", "120").encode()));
    }

    @Test
    void aLiteralIsNeverReadAsAPattern() {
        SystemText t = SystemText.of("case.note.refused", "理由含 {0} 和 'quotes'");
        assertEquals("不予受理：理由含 {0} 和 'quotes'", SystemText.decode(t.encode()).chinese());
    }

    /** Every key of one language is in the other, and every pattern is a valid MessageFormat. */
    @Test
    void bothBundlesHaveTheSameKeysAndValidPatterns() throws Exception {
        Properties zh = load("/org/yangguang/texts.properties");
        Properties en = load("/org/yangguang/texts_en.properties");
        assertEquals(new TreeSet<>(zh.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        for (Properties p : List.of(zh, en)) {
            for (String key : p.stringPropertyNames()) new MessageFormat(p.getProperty(key), Locale.ROOT);
        }
    }

    /** Every key the code writes is in the bundles (a missing one would show as ???key??? to every reader). */
    @Test
    void everyKeyTheCodeUsesExists() throws Exception {
        Properties zh = load("/org/yangguang/texts.properties");
        zh.putAll(load("/org/yangguang/errors.properties")); // the refusals: see RefusalTextsTest
        Pattern use = Pattern.compile("SystemText\\.of\\(\\s*\"([a-zA-Z.]+)\"|\\? \"((?:case|finding|disclosure)\\.[a-zA-Z.]+)\"|: \"((?:case|finding|disclosure)\\.[a-zA-Z.]+)\"");
        Set<String> missing = new TreeSet<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        List<String> found = new ArrayList<>();
        for (Path f : sources) {
            Matcher m = use.matcher(Files.readString(f));
            while (m.find()) {
                String key = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                found.add(key);
                if (!zh.containsKey(key)) missing.add(key + " (" + f.getFileName() + ")");
            }
        }
        assertTrue(found.size() > 50, "the scan finds the texts: " + found.size());
        assertEquals(Set.of(), missing);
    }

    private static Properties load(String resource) throws Exception {
        Properties p = new Properties();
        try (InputStream in = SystemTextTest.class.getResourceAsStream(resource)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertFalse(p.isEmpty(), resource);
        return p;
    }

    enum DocumentKindLike { CORRECTION }
}
