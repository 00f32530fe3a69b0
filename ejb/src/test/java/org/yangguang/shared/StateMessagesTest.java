package org.yangguang.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A status label is the state itself (已答复, 已办结, 不予受理), so a message must not put a verb
 * such as 已 in front of it: "申请已" + label read 申请已已答复. Checked over every message in the
 * sources of all modules, so a new one is caught too.
 */
class StateMessagesTest {
    /** A string literal ending in 已 (or 已经) followed by {@code + something.label()}. */
    private static final Pattern VERB_BEFORE_LABEL = Pattern.compile("已(经)?\"\\s*\\+\\s*[\\w.()]*label\\(\\)");

    @Test
    void noMessagePutsAVerbBeforeAStatusLabel() throws IOException {
        List<String> found = new ArrayList<>();
        Path root = Path.of("..").toAbsolutePath().normalize();
        for (String module : List.of("ejb", "batch", "web")) {
            Path sources = root.resolve(module).resolve("src/main/java");
            assertTrue(Files.isDirectory(sources), sources.toString());
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                    for (int i = 0; i < lines.size(); i++) {
                        String line = lines.get(i);
                        if (!line.trim().startsWith("//") && VERB_BEFORE_LABEL.matcher(line).find()) {
                            found.add(root.relativize(f) + ":" + (i + 1) + ": " + line.trim());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void thePatternFindsTheTypoItIsFor() {
        assertTrue(VERB_BEFORE_LABEL.matcher("throw new ConflictException(\"申请已\" + status.label() + \"，不能\" + action);").find());
        assertTrue(VERB_BEFORE_LABEL.matcher("\"办件已\" + c.getStatus().label()").find());
    }
}
