package org.yangguang.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every constant of an enum with a label ({@code Labelled}) has its words in the pages' bundles in
 * both languages ({@code enum.<Type>.<NAME>}): a system text or a refusal that names one (a status,
 * an action, who may act) shows it by that label, and a missing one would read ???enum…??? to the
 * English reader only.
 */
class EnumLabelsTest {

    @Test
    void everyLabelledEnumHasItsLabelInBothLanguages() throws Exception {
        Properties zh = load("/org/yangguang/web/messages.properties");
        Properties en = load("/org/yangguang/web/messages_en.properties");
        Pattern declared = Pattern.compile("enum (\\w+) implements [^{]*\\bLabelled\\b");
        Path sources = Path.of("../ejb/src/main/java").toAbsolutePath().normalize();
        Set<String> missing = new TreeSet<>();
        int enums = 0;
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = declared.matcher(Files.readString(f));
                String top = f.getFileName().toString().replace(".java", "");
                String pkg = sources.relativize(f.getParent()).toString().replace('/', '.');
                while (m.find()) {
                    String name = m.group(1).equals(top) ? pkg + "." + top : pkg + "." + top + "$" + m.group(1);
                    for (Object constant : Class.forName(name).getEnumConstants()) {
                        String key = "enum." + m.group(1) + "." + ((Enum<?>) constant).name();
                        for (Properties p : List.of(zh, en)) if (!p.containsKey(key)) missing.add(key);
                    }
                    enums++;
                }
            }
        }
        assertTrue(enums > 20, "the scan finds the enums: " + enums);
        assertEquals(Set.of(), missing);
    }

    private static Properties load(String resource) throws Exception {
        Properties p = new Properties();
        try (InputStream in = EnumLabelsTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
