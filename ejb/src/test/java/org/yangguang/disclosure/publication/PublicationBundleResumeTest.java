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
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Continuing a version a job left unfinished ({@link PublicationBundle#resume}): the files already
 * written are taken over, a part redone replaces its file, and the commit vouches for what is
 * there at the end; and pointing {@code current} at a complete version ({@link PublicationBundle#switchTo}).
 */
class PublicationBundleResumeTest {
    private static final String V = "20261202T020000Z-43";
    private static final Map<String, String> META = Map.of("generatedAt", "2026-12-02T02:00:00Z", "county", "阳光县");

    @TempDir
    Path root;

    /** Writes a partial version of path, text, path, text… and leaves it for resume, as a step of the job does. */
    private Path suspended(String version, String... pathsAndTexts) throws IOException {
        PublicationBundle.Writer writer = PublicationBundle.open(root, version);
        for (int i = 0; i < pathsAndTexts.length; i += 2) writer.writeText(pathsAndTexts[i], pathsAndTexts[i + 1]);
        writer.suspend();
        writer.close(); // closing a suspended writer keeps the partial version
        return root.resolve("versions").resolve(version + ".partial");
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** manifest.sha256 as sha256sum would print it for the files now in {@code dir}, except the manifests. */
    private static String sha256sumOf(Path dir) throws IOException {
        TreeMap<String, String> sums = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String path = dir.relativize(file).toString().replace('\\', '/');
                if (!path.equals("manifest.sha256") && !path.equals("manifest.json")) {
                    sums.put(path, sha256(Files.readAllBytes(file)));
                }
            }
        }
        StringBuilder text = new StringBuilder();
        sums.forEach((path, sum) -> text.append(sum).append("  ").append(path).append('\n'));
        return text.toString();
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSuspendedWriterLeavesItsPartialVersion() throws IOException {
        Path partial = suspended(V, "index.html", "首页", "items/1.html", "一");
        assertTrue(Files.isDirectory(partial));
        assertEquals("首页", Files.readString(partial.resolve("index.html")));
        assertEquals(List.of(), PublicationBundle.versions(root), "not complete");
        assertEquals(Optional.empty(), PublicationBundle.current(root));
        assertFalse(Files.exists(partial.resolve("manifest.sha256")));
    }

    @Test
    void theFilesWrittenBeforeAreTakenOverAndCommitted() throws IOException {
        suspended(V, "index.html", "首页", "items/1.html", "一", "items/2.html", "二");
        Manifest manifest;
        try (PublicationBundle.Writer writer = PublicationBundle.resume(root, V)) {
            writer.writeText("items/3.html", "三");
            manifest = writer.commit(META);
        }
        Path version = root.resolve("versions").resolve(V);
        assertEquals(List.of("index.html", "items/1.html", "items/2.html", "items/3.html"),
                manifest.files().stream().map(Manifest.Entry::path).toList());
        assertEquals(sha256("首页".getBytes(StandardCharsets.UTF_8)), manifest.files().get(0).sha256());
        assertEquals("首页".getBytes(StandardCharsets.UTF_8).length, manifest.files().get(0).bytes());
        assertEquals("一", Files.readString(version.resolve("items/1.html")));
        assertEquals("三", Files.readString(version.resolve("items/3.html")));
        assertEquals(List.of(V), names(root.resolve("versions")), "the partial directory was renamed into place");
        assertEquals(Optional.of(V), PublicationBundle.current(root));

        BundleVerifier.Report report = BundleVerifier.verify(root);
        assertTrue(report.ok(), report.problems().toString());
        assertEquals(4, report.filesChecked());
        assertEquals(manifest.manifestSha256(), report.manifestSha256());
        assertEquals(sha256sumOf(version), Files.readString(version.resolve("manifest.sha256")));
    }

    @Test
    void writingAFileAgainReplacesItAndTheChecksumFollows() throws IOException {
        // a part cut off half-way: the restarted step writes it anew
        suspended(V, "index.html", "首页", "items/1.html", "<p>半截");
        Manifest manifest;
        try (PublicationBundle.Writer writer = PublicationBundle.resume(root, V)) {
            writer.writeText("items/1.html", "<p>完整的第一条</p>");
            writer.writeText("items/2.html", "二");
            manifest = writer.commit(META);
        }
        Path version = root.resolve("versions").resolve(V);
        byte[] redone = "<p>完整的第一条</p>".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(redone, Files.readAllBytes(version.resolve("items/1.html")));
        Manifest.Entry entry = manifest.files().stream().filter(f -> f.path().equals("items/1.html")).findFirst().orElseThrow();
        assertEquals(sha256(redone), entry.sha256(), "the checksum of the final content, not of the cut-off one");
        assertEquals(redone.length, entry.bytes());
        assertEquals(3, manifest.files().size(), "replaced, not listed twice");

        BundleVerifier.Report report = BundleVerifier.verify(version);
        assertTrue(report.ok(), report.problems().toString());
        assertEquals(sha256sumOf(version), Files.readString(version.resolve("manifest.sha256")));
        assertTrue(Files.readString(version.resolve("manifest.json")).contains("\"bytes\": " + redone.length + "}"));
    }

    @Test
    void aFileWrittenTwiceInTheResumedRunIsReplacedToo() throws IOException {
        suspended(V, "index.html", "一");
        try (PublicationBundle.Writer writer = PublicationBundle.resume(root, V)) {
            writer.writeText("index.html", "二");
            writer.writeText("index.html", "三");
            writer.commit(META);
        }
        assertEquals("三", Files.readString(root.resolve("versions").resolve(V).resolve("index.html")));
        assertTrue(BundleVerifier.verify(root).ok());
    }

    @Test
    void newFilesFollowTheUsualRules() throws IOException {
        suspended(V, "items/1.html", "一");
        try (PublicationBundle.Writer writer = PublicationBundle.resume(root, V)) {
            writer.writeText("items/2.html", "二");
            assertThrows(IllegalArgumentException.class, () -> writer.writeText("ITEMS/1.HTML", "x"),
                    "a taken-over path in other case");
            assertThrows(IllegalArgumentException.class, () -> writer.writeText("items", "x"), "a taken-over directory");
            assertThrows(IllegalArgumentException.class, () -> writer.writeText("items/1.html/x.html", "x"),
                    "inside a taken-over file");
            assertThrows(IllegalArgumentException.class, () -> writer.writeText("../escape.html", "x"));
            assertThrows(IllegalArgumentException.class, () -> writer.writeText("manifest.sha256", "x"));
            writer.commit(META);
        }
        assertTrue(BundleVerifier.verify(root).ok());
    }

    @Test
    void resumingAVersionThatDoesNotExistStartsIt() throws IOException {
        try (PublicationBundle.Writer writer = PublicationBundle.resume(root, V)) {
            assertTrue(Files.isDirectory(root.resolve("versions").resolve(V + ".partial")));
            writer.writeText("index.html", "首页");
            assertThrows(IllegalArgumentException.class, () -> writer.writeText("index.html", "again"),
                    "nothing was taken over, so nothing is replaced");
            writer.commit(META);
        }
        assertEquals(List.of(V), PublicationBundle.versions(root));
        assertEquals(Optional.of(V), PublicationBundle.current(root));
        assertTrue(BundleVerifier.verify(root).ok());
    }

    @Test
    void aResumedWriterWithNothingToAddCommitsWhatWasTakenOver() throws IOException {
        suspended(V, "index.html", "首页");
        try (PublicationBundle.Writer writer = PublicationBundle.resume(root, V)) {
            Manifest m = writer.commit(META);
            assertEquals(1, m.files().size());
        }
        assertTrue(BundleVerifier.verify(root).ok());
    }

    @Test
    void resumingAnEmptyPartialVersionStillRefusesAnEmptyCommit() throws IOException {
        suspended(V);
        try (PublicationBundle.Writer writer = PublicationBundle.resume(root, V)) {
            assertThrows(IllegalStateException.class, () -> writer.commit(META));
        }
        assertEquals(List.of(), PublicationBundle.versions(root));
    }

    @Test
    void aStaleManifestFromACommitCutShortIsIgnoredAndRewritten() throws IOException {
        Path partial = suspended(V, "index.html", "首页", "items/1.html", "一");
        // the commit had written its manifests when the server stopped, before the rename
        Files.writeString(partial.resolve("manifest.sha256"), sha256("旧".getBytes(StandardCharsets.UTF_8)) + "  old.html\n");
        Files.writeString(partial.resolve("manifest.json"), "{\"version\": \"" + V + "\", \"files\": [");

        Manifest manifest;
        try (PublicationBundle.Writer writer = PublicationBundle.resume(root, V)) {
            writer.writeText("items/2.html", "二");
            manifest = writer.commit(META);
        }
        assertEquals(List.of("index.html", "items/1.html", "items/2.html"),
                manifest.files().stream().map(Manifest.Entry::path).toList(), "the manifests are not files of the bundle");
        Path version = root.resolve("versions").resolve(V);
        assertEquals(manifest.sha256sum(), Files.readString(version.resolve("manifest.sha256")));
        assertFalse(Files.readString(version.resolve("manifest.sha256")).contains("old.html"));
        assertTrue(Files.readString(version.resolve("manifest.json")).contains("\"path\": \"items/2.html\""));
        BundleVerifier.Report report = BundleVerifier.verify(root);
        assertTrue(report.ok(), report.problems().toString());
        assertEquals(3, report.filesChecked());
    }

    @Test
    void resumingAnInvalidVersionNameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PublicationBundle.resume(root, "../x"));
        assertThrows(IllegalArgumentException.class, () -> PublicationBundle.resume(root, V + ".partial"));
    }

    @Test
    void aCompleteVersionCannotBeResumed() throws IOException {
        try (PublicationBundle.Writer writer = PublicationBundle.open(root, V)) {
            writer.writeText("index.html", "首页");
            writer.commit(META);
        }
        assertThrows(FileAlreadyExistsException.class, () -> PublicationBundle.resume(root, V));
        assertEquals("首页", Files.readString(root.resolve("versions").resolve(V).resolve("index.html")));
    }

    @Test
    void aResumedWriterClosedWithoutCommittingDeletesThePartialVersion() throws IOException {
        Path partial = suspended(V, "index.html", "首页");
        try (PublicationBundle.Writer writer = PublicationBundle.resume(root, V)) {
            writer.writeText("items/1.html", "一");
        }
        assertFalse(Files.exists(partial));
        assertEquals(List.of(), names(root.resolve("versions")));
    }

    @Test
    void aResumedWriterCanBeSuspendedAgainForTheNextStep() throws IOException {
        suspended(V, "a.html", "A");
        PublicationBundle.Writer second = PublicationBundle.resume(root, V);
        second.writeText("b.html", "B");
        second.suspend();
        second.close();
        assertThrows(IllegalStateException.class, () -> second.writeText("c.html", "C"), "a suspended writer is done");
        try (PublicationBundle.Writer third = PublicationBundle.resume(root, V)) {
            third.writeText("c.html", "C");
            Manifest m = third.commit(META);
            assertEquals(List.of("a.html", "b.html", "c.html"), m.files().stream().map(Manifest.Entry::path).toList());
        }
        assertTrue(BundleVerifier.verify(root).ok());
    }

    @Test
    void switchToPointsCurrentAtACompleteVersion() throws IOException {
        for (String v : List.of("v1", "v2")) {
            try (PublicationBundle.Writer writer = PublicationBundle.open(root, v)) {
                writer.writeText("index.html", v);
                writer.commit(META);
            }
        }
        assertEquals(Optional.of("v2"), PublicationBundle.current(root));

        PublicationBundle.switchTo(root, "v1"); // a rollback
        assertEquals(Optional.of("v1"), PublicationBundle.current(root));
        assertEquals(Path.of("versions", "v1"), Files.readSymbolicLink(root.resolve("current")));
        assertEquals("v1\n", Files.readString(root.resolve("CURRENT")));
        assertEquals("v1", Files.readString(root.resolve("current").resolve("index.html")));
        assertEquals("v1", BundleVerifier.verify(root).version());
        assertEquals(List.of("CURRENT", "current", "versions"), names(root), "no temporary link or file left");

        PublicationBundle.switchTo(root, "v2");
        assertEquals(Optional.of("v2"), PublicationBundle.current(root));
    }

    @Test
    void switchToRefusesAnUnknownOrPartialVersion() throws IOException {
        try (PublicationBundle.Writer writer = PublicationBundle.open(root, "v1")) {
            writer.writeText("index.html", "v1");
            writer.commit(META);
        }
        suspended("v2", "index.html", "v2");

        assertThrows(NoSuchFileException.class, () -> PublicationBundle.switchTo(root, "v9"));
        assertThrows(NoSuchFileException.class, () -> PublicationBundle.switchTo(root, "v2"), "still being written");
        assertThrows(NoSuchFileException.class, () -> PublicationBundle.switchTo(root, "v2.partial"));
        assertEquals(Optional.of("v1"), PublicationBundle.current(root), "unchanged");
        assertEquals("v1\n", Files.readString(root.resolve("CURRENT")));
    }

    @Test
    void switchToFinishesACommitCutOffAfterTheRename() throws IOException {
        try (PublicationBundle.Writer writer = PublicationBundle.open(root, "v1")) {
            writer.writeText("index.html", "v1");
            writer.commit(META);
        }
        // v2 was renamed into place, then the server stopped before current was switched
        Path partial = suspended("v2", "index.html", "v2");
        try (PublicationBundle.Writer writer = PublicationBundle.resume(root, "v2")) {
            writer.commit(META);
        }
        PublicationBundle.switchTo(root, "v1");
        Files.writeString(root.resolve("CURRENT"), "v1\n"); // as if the switch to v2 had never happened
        assertFalse(Files.exists(partial));

        assertThrows(FileAlreadyExistsException.class, () -> PublicationBundle.resume(root, "v2"), "the restarted job finds it complete");
        PublicationBundle.switchTo(root, "v2");
        assertEquals(Optional.of("v2"), PublicationBundle.current(root));
        assertTrue(BundleVerifier.verify(root).ok());
    }
}
