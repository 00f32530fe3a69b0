package org.yangguang.disclosure.publication;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Writing, publishing and pruning versions of the extranet bundle. */
class PublicationBundleTest {
    @TempDir
    Path root;

    @Test
    void aCommitWritesTheFilesAndManifestsThenPointsCurrentAtTheVersion() throws IOException {
        Manifest manifest = commit("20261201T020000Z-42", "index.html", "<h1>指南</h1>", "data/items.json", "[]");

        Path version = root.resolve("versions/20261201T020000Z-42");
        assertEquals("<h1>指南</h1>", Files.readString(version.resolve("index.html")));
        assertEquals("[]", Files.readString(version.resolve("data/items.json")));
        assertTrue(Files.isRegularFile(version.resolve("manifest.sha256")));
        assertTrue(Files.isRegularFile(version.resolve("manifest.json")));
        assertEquals(Path.of("versions", "20261201T020000Z-42"), Files.readSymbolicLink(root.resolve("current")));
        assertEquals("20261201T020000Z-42\n", Files.readString(root.resolve("CURRENT")));
        assertEquals(Optional.of("20261201T020000Z-42"), PublicationBundle.current(root));
        assertEquals(List.of("20261201T020000Z-42"), PublicationBundle.versions(root));
        assertEquals(List.of("20261201T020000Z-42"), names(root.resolve("versions")));
        assertEquals(List.of("CURRENT", "current", "versions"), names(root));
        assertEquals(2, manifest.files().size());
        assertEquals(manifest.sha256sum(), Files.readString(version.resolve("manifest.sha256")));
    }

    @Test
    void theSha256LinesAreSha256sumsFormatSortedByPath() throws Exception {
        commit("v1", "z.html", "last", "a/b.json", "{}", "index.html", "首页");

        Path version = root.resolve("versions/v1");
        StringBuilder expected = new StringBuilder();
        for (String path : List.of("a/b.json", "index.html", "z.html")) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(version.resolve(path)));
            expected.append(HexFormat.of().formatHex(digest)).append("  ").append(path).append('\n');
        }
        assertEquals(expected.toString(), Files.readString(version.resolve("manifest.sha256")));
    }

    @Test
    void manifestJsonGivesTheVersionTotalsMetadataAndFilesWithStringsEscaped() throws IOException {
        try (PublicationBundle.Writer writer = PublicationBundle.open(root, "v1")) {
            writer.writeText("b.txt", "12345");
            writer.writeText("a.txt", "");
            writer.commit(Map.of("generatedAt", "2026-12-01T02:00:00Z", "county", "阳光县",
                    "note", "say \"hi\"\\\n\tend\u0001"));
        }

        assertEquals("""
                {
                  "version": "v1",
                  "generatedAt": "2026-12-01T02:00:00Z",
                  "fileCount": 2,
                  "totalBytes": 5,
                  "metadata": {
                    "county": "阳光县",
                    "generatedAt": "2026-12-01T02:00:00Z",
                    "note": "say \\"hi\\"\\\\\\n\\tend\\u0001"
                  },
                  "files": [
                    {"path": "a.txt", "sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "bytes": 0},
                    {"path": "b.txt", "sha256": "5994471abb01112afcc18159f6cc74b4f511b99806da59b3caf5a9c173cacfc5", "bytes": 5}
                  ]
                }
                """, Files.readString(root.resolve("versions/v1/manifest.json")));
    }

    @Test
    void withoutMetadataGeneratedAtIsNull() throws IOException {
        try (PublicationBundle.Writer writer = PublicationBundle.open(root, "v1")) {
            writer.writeText("a.txt", "a");
            writer.commit(Map.of());
        }
        String json = Files.readString(root.resolve("versions/v1/manifest.json"));
        assertTrue(json.contains("\"generatedAt\": null,\n"), json);
        assertTrue(json.contains("\"metadata\": {},\n"), json);
    }

    @Test
    void chineseTextRoundTripsAsUtf8() throws IOException {
        String text = "<p>政府信息公开指南 — 阳光县人民政府办公室（２０２６年）</p>\n";
        Manifest manifest;
        try (PublicationBundle.Writer writer = PublicationBundle.open(root, "v1")) {
            writer.writeText("guide/index.html", text);
            manifest = writer.commit(Map.of("county", "阳光县"));
        }
        Path file = root.resolve("versions/v1/guide/index.html");
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
        assertEquals(text, Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(text.getBytes(StandardCharsets.UTF_8).length, manifest.files().get(0).bytes());
        assertTrue(Files.readString(root.resolve("versions/v1/manifest.json")).contains("\"county\": \"阳光县\""));
    }

    @Test
    void anAbortedOrUncommittedVersionLeavesNothingAndCurrentAsItWas() throws IOException {
        commit("v1", "index.html", "one");

        PublicationBundle.Writer aborted = PublicationBundle.open(root, "v2");
        aborted.writeText("index.html", "two");
        aborted.abort();
        try (PublicationBundle.Writer abandoned = PublicationBundle.open(root, "v3")) {
            abandoned.writeText("index.html", "three");
        }

        assertEquals(List.of("v1"), names(root.resolve("versions")));
        assertEquals(Optional.of("v1"), PublicationBundle.current(root));
        assertEquals("v1\n", Files.readString(root.resolve("CURRENT")));
        assertThrows(IllegalStateException.class, () -> aborted.writeText("late.html", "x"));
    }

    @Test
    void anExistingVersionOrOneBeingWrittenCannotBeOpenedAgain() throws IOException {
        commit("v1", "index.html", "one");
        commit("v2", "index.html", "two");

        assertThrows(FileAlreadyExistsException.class, () -> PublicationBundle.open(root, "v1"));
        try (PublicationBundle.Writer first = PublicationBundle.open(root, "v3")) {
            first.writeText("index.html", "three");
            assertThrows(FileAlreadyExistsException.class, () -> PublicationBundle.open(root, "v3"));
        }
        assertEquals(Optional.of("v2"), PublicationBundle.current(root));
        assertEquals("one", Files.readString(root.resolve("versions/v1/index.html")));
        assertEquals(List.of("v1", "v2"), names(root.resolve("versions")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "../escape.html", "a/../../b.html", "/etc/passwd", "a\\b.html", "a//b.html", "a/",
            "./a.html", "a/./b.html", "dir./a.html", "a.", "中文.html", "a b.html", "a?.html", "manifest.sha256",
            "manifest.json", "MANIFEST.JSON"})
    void unsafePathsAreRejected(String path) throws IOException {
        try (PublicationBundle.Writer writer = PublicationBundle.open(root, "v1")) {
            assertThrows(IllegalArgumentException.class, () -> writer.writeText(path, "x"));
            writer.writeText("ok/.htaccess", "allowed");
        }
    }

    @Test
    void aPathIsWrittenOnceIgnoringCaseAndNeverBothAsFileAndDirectory() throws IOException {
        try (PublicationBundle.Writer writer = PublicationBundle.open(root, "v1")) {
            writer.writeText("feeds/atom.xml", "a");
            writer.writeText("index.html", "i");
            assertThrows(IllegalArgumentException.class, () -> writer.writeText("feeds/atom.xml", "b"));
            assertThrows(IllegalArgumentException.class, () -> writer.writeText("Feeds/Atom.xml", "b"));
            assertThrows(IllegalArgumentException.class, () -> writer.writeText("feeds", "b"));
            assertThrows(IllegalArgumentException.class, () -> writer.writeText("index.html/x.html", "b"));
            writer.commit(Map.of());
        }
        assertEquals("a", Files.readString(root.resolve("versions/v1/feeds/atom.xml")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "../v", "a/b", ".hidden", "v1.partial", "v1.", "版本"})
    void invalidVersionNamesAreRejected(String name) {
        assertThrows(IllegalArgumentException.class, () -> PublicationBundle.open(root, name));
        assertFalse(Files.exists(root.resolve("versions").resolve("v1.partial")));
    }

    @Test
    void anEmptyVersionIsNotPublishedAndACommittedOneTakesNoMoreFiles() throws IOException {
        try (PublicationBundle.Writer writer = PublicationBundle.open(root, "v1")) {
            assertThrows(IllegalStateException.class, () -> writer.commit(Map.of()));
        }
        assertEquals(Optional.empty(), PublicationBundle.current(root));

        PublicationBundle.Writer writer = PublicationBundle.open(root, "v2");
        writer.writeText("index.html", "x");
        writer.commit(Map.of());
        assertThrows(IllegalStateException.class, () -> writer.writeText("more.html", "y"));
        assertThrows(IllegalStateException.class, () -> writer.commit(Map.of()));
        writer.close();
        assertEquals(List.of("v2"), PublicationBundle.versions(root));
    }

    @Test
    void pruneKeepsTheNewestVersions() throws IOException {
        for (int i = 1; i <= 5; i++) {
            commit("20261201T020000Z-" + i, "index.html", "run " + i);
        }

        assertEquals(List.of("20261201T020000Z-1", "20261201T020000Z-2", "20261201T020000Z-3"), PublicationBundle.prune(root, 2));
        assertEquals(List.of("20261201T020000Z-4", "20261201T020000Z-5"), PublicationBundle.versions(root));
        assertEquals(List.of("20261201T020000Z-4", "20261201T020000Z-5"), names(root.resolve("versions")));
        assertEquals(List.of(), PublicationBundle.prune(root, 2));
    }

    @Test
    void pruneNeverDeletesTheVersionEitherPointerNames() throws IOException {
        for (int i = 1; i <= 5; i++) {
            commit("v" + i, "index.html", "run " + i);
        }
        PublicationBundle.pointTo(root, "v1"); // an operator's rollback
        Files.writeString(root.resolve("CURRENT"), "v2\n"); // as if a crash came between the two pointers

        assertEquals(List.of("v3"), PublicationBundle.prune(root, 2));
        assertEquals(List.of("v1", "v2", "v4", "v5"), PublicationBundle.versions(root));
        assertEquals(Optional.of("v1"), PublicationBundle.current(root));
    }

    @Test
    void pruneRemovesPartialsOfCrashedRunsButNotOfARunningOne() throws IOException {
        commit("v2", "index.html", "two");
        Files.createDirectories(root.resolve("versions/v1.partial/data"));
        Files.writeString(root.resolve("versions/v1.partial/data/x.json"), "{}");
        Files.createDirectories(root.resolve("versions/lost+found"));

        try (PublicationBundle.Writer running = PublicationBundle.open(root, "v3")) {
            running.writeText("index.html", "three");
            assertEquals(List.of("v1.partial"), PublicationBundle.prune(root, 1));
            assertEquals(List.of("lost+found", "v2", "v3.partial"), names(root.resolve("versions")));
            running.commit(Map.of());
        }
        assertEquals(List.of("v2"), PublicationBundle.prune(root, 1));
        assertEquals(List.of("v3"), PublicationBundle.versions(root));
    }

    @Test
    void pruneKeepsAtLeastOne() {
        assertThrows(IllegalArgumentException.class, () -> PublicationBundle.prune(root, 0));
    }

    @Test
    void currentFallsBackToTheCurrentFileWithoutTheLink() throws IOException {
        assertEquals(Optional.empty(), PublicationBundle.current(root));
        commit("v1", "index.html", "one");
        commit("v2", "index.html", "two");

        Files.delete(root.resolve("current"));
        assertEquals(Optional.of("v2"), PublicationBundle.current(root));
        Files.writeString(root.resolve("CURRENT"), "../../etc\n");
        assertEquals(Optional.empty(), PublicationBundle.current(root));
    }

    /** Commits a version of the given path, text, path, text… */
    private Manifest commit(String version, String... pathsAndTexts) throws IOException {
        try (PublicationBundle.Writer writer = PublicationBundle.open(root, version)) {
            for (int i = 0; i < pathsAndTexts.length; i += 2) {
                writer.writeText(pathsAndTexts[i], pathsAndTexts[i + 1]);
            }
            return writer.commit(Map.of("generatedAt", "2026-12-01T02:00:00Z", "county", "阳光县"));
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
