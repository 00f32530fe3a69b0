package org.yangguang.disclosure.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yangguang.disclosure.publication.BundleVerifier.Problem;
import org.yangguang.disclosure.publication.BundleVerifier.Report;
import org.yangguang.shared.Sha256;

/** Tamper detection on a bundle that PublicationBundle wrote. */
class BundleVerifierTest {
    @TempDir
    Path root;

    Path version;
    Manifest manifest;

    @BeforeEach
    void publish() throws IOException {
        manifest = publish("20261201T020000Z-42");
        version = root.resolve("versions/20261201T020000Z-42");
    }

    private Manifest publish(String name) throws IOException {
        try (PublicationBundle.Writer writer = PublicationBundle.open(root, name)) {
            writer.writeText("index.html", "<h1>阳光县政府信息公开</h1>");
            writer.writeText("guide/matters.json", "[{\"name\":\"营业执照\"}]");
            writer.writeText("feeds/disclosure.atom", "<feed/>");
            writer.write("stats/2026-11.json", new byte[] {1, 2, 3});
            return writer.commit(Map.of("generatedAt", "2026-12-01T02:00:00Z", "county", "阳光县"));
        }
    }

    @Test
    void anUntouchedBundleVerifiesFromItsRootAndFromTheVersion() throws IOException {
        Report fromRoot = BundleVerifier.verify(root);
        assertEquals(new Report("20261201T020000Z-42", manifest.manifestSha256(), 4, List.of()), fromRoot);
        assertTrue(fromRoot.ok());
        assertEquals(fromRoot, BundleVerifier.verify(version));
    }

    @Test
    void aChangedByteIsReported() throws IOException {
        byte[] content = Files.readAllBytes(version.resolve("stats/2026-11.json"));
        content[1] ^= 1;
        Files.write(version.resolve("stats/2026-11.json"), content);

        Report report = BundleVerifier.verify(root);
        assertEquals(List.of(Problem.Kind.CHANGED), kinds(report));
        assertEquals("stats/2026-11.json", report.problems().get(0).path());
        assertFalse(report.ok());
    }

    @Test
    void aChangedSizeIsReportedWithTheSizes() throws IOException {
        Files.writeString(version.resolve("index.html"), "<h1>被篡改</h1><script>alert(1)</script>");

        Problem problem = BundleVerifier.verify(root).problems().get(0);
        assertEquals(Problem.Kind.CHANGED, problem.kind());
        assertTrue(problem.detail().contains(" bytes instead of " + "<h1>阳光县政府信息公开</h1>".getBytes(StandardCharsets.UTF_8).length),
                problem.detail());
    }

    @Test
    void aDeletedFileIsMissing() throws IOException {
        Files.delete(version.resolve("feeds/disclosure.atom"));

        Report report = BundleVerifier.verify(root);
        assertEquals(List.of(new Problem("feeds/disclosure.atom", Problem.Kind.MISSING, "listed in the manifest, not present")),
                report.problems());
    }

    @Test
    void anAddedFileDirectoryOrLinkIsUnexpected() throws IOException {
        Files.writeString(version.resolve("guide/shell.php"), "<?php");
        Files.createDirectories(version.resolve("uploads/x"));
        Files.createSymbolicLink(version.resolve("alias.html"), Path.of("index.html"));

        Report report = BundleVerifier.verify(root);
        assertEquals(List.of("alias.html", "guide/shell.php", "uploads"), report.problems().stream().map(Problem::path).toList());
        assertEquals(List.of(Problem.Kind.UNEXPECTED, Problem.Kind.UNEXPECTED, Problem.Kind.UNEXPECTED), kinds(report));
    }

    @Test
    void aFileReplacedByALinkIsChanged() throws IOException {
        Files.delete(version.resolve("index.html"));
        Files.createSymbolicLink(version.resolve("index.html"), Path.of("guide/matters.json"));

        assertEquals(List.of(new Problem("index.html", Problem.Kind.CHANGED, "not a regular file")),
                BundleVerifier.verify(root).problems());
    }

    @Test
    void anEditedChecksumLineIsDetected() throws IOException {
        Path sums = version.resolve("manifest.sha256");
        String edited = Files.readString(sums).replaceFirst("(?m)^[0-9a-f]{64}(?=  index\\.html$)", "0".repeat(64));
        Files.writeString(sums, edited);

        Report report = BundleVerifier.verify(root);
        assertEquals(List.of(Problem.Kind.CHANGED, Problem.Kind.MANIFEST), kinds(report));
        assertTrue(report.problems().stream().allMatch(p -> p.path().equals("index.html")));
    }

    @Test
    void aChecksumRecomputedForATamperedFileStillDisagreesWithManifestJsonAndTheRecordedDigest() throws IOException {
        String forged = "<h1>伪造</h1>";
        Files.writeString(version.resolve("index.html"), forged);
        Path sums = version.resolve("manifest.sha256");
        Files.writeString(sums, Files.readString(sums).replaceFirst("(?m)^[0-9a-f]{64}(?=  index\\.html$)",
                Sha256.hex(forged)));

        Manifest.Entry original = manifest.files().stream().filter(f -> f.path().equals("index.html")).findFirst().orElseThrow();
        Report report = BundleVerifier.verify(root);
        assertEquals(List.of(
                new Problem("index.html", Problem.Kind.MANIFEST, "manifest.json gives sha256 " + original.sha256()
                        + ", manifest.sha256 " + Sha256.hex(forged)),
                new Problem("index.html", Problem.Kind.MANIFEST, "manifest.json gives " + original.bytes()
                        + " bytes, the file has " + forged.getBytes(StandardCharsets.UTF_8).length)), report.problems());
        assertNotEquals(manifest.manifestSha256(), report.manifestSha256());
    }

    @Test
    void unreadableOrDuplicateLinesAndAMissingNewlineAreManifestProblems() throws IOException {
        Path sums = version.resolve("manifest.sha256");
        List<String> lines = Files.readAllLines(sums);
        Files.writeString(sums, String.join("\n", lines) + "\n" + lines.get(0) + "\n" + "garbage ../../etc/passwd");

        Report report = BundleVerifier.verify(root);
        assertEquals(List.of(Problem.Kind.MANIFEST, Problem.Kind.MANIFEST, Problem.Kind.MANIFEST), kinds(report));
        assertEquals(List.of("feeds/disclosure.atom", "manifest.sha256", "manifest.sha256"),
                report.problems().stream().map(Problem::path).toList());
    }

    @Test
    void aPathTraversalInTheManifestIsNotFollowed() throws IOException {
        Path sums = version.resolve("manifest.sha256");
        Files.writeString(sums, Files.readString(sums) + "0".repeat(64) + "  ../../../etc/passwd\n");

        Report report = BundleVerifier.verify(root);
        assertEquals(List.of(new Problem("manifest.sha256", Problem.Kind.MANIFEST, "line 5 unreadable: "
                + "0".repeat(64) + "  ../../../etc/passwd")), report.problems());
    }

    @Test
    void manifestJsonMustAgreeWithManifestSha256() throws IOException {
        Path json = version.resolve("manifest.json");
        String original = Files.readString(json);

        Files.writeString(json, original.replace("\"bytes\": 3}", "\"bytes\": 4}"));
        assertEquals(List.of(new Problem("stats/2026-11.json", Problem.Kind.MANIFEST, "manifest.json gives 4 bytes, the file has 3")),
                BundleVerifier.verify(root).problems());

        Files.writeString(json, original.replace("stats/2026-11.json", "stats/2026-10.json"));
        assertEquals(List.of(
                        new Problem("stats/2026-10.json", Problem.Kind.MANIFEST, "in manifest.json but not in manifest.sha256"),
                        new Problem("stats/2026-11.json", Problem.Kind.MANIFEST, "in manifest.sha256 but not in manifest.json")),
                BundleVerifier.verify(root).problems());

        Files.writeString(json, original.replace("\"files\": [", "\"files\": [{\"path\": 1},"));
        Report garbled = BundleVerifier.verify(root);
        assertTrue(garbled.problems().stream().allMatch(p -> p.kind() == Problem.Kind.MANIFEST));
        assertTrue(garbled.problems().stream().anyMatch(p -> p.path().equals("manifest.json")), garbled.toString());

        Files.delete(json);
        assertEquals(List.of(new Problem("manifest.json", Problem.Kind.MANIFEST, "manifest.json is missing")),
                BundleVerifier.verify(root).problems());
    }

    @Test
    void aPublishedVersionWithoutItsChecksumsIsAProblem() throws IOException {
        Files.delete(version.resolve("manifest.sha256"));

        Report report = BundleVerifier.verify(root);
        assertEquals(List.of(new Problem("manifest.sha256", Problem.Kind.MANIFEST, "manifest.sha256 is missing")), report.problems());
        assertNull(report.manifestSha256());
    }

    @Test
    void anEmptiedManifestIsAProblem() throws IOException {
        Files.writeString(version.resolve("manifest.sha256"), "");

        assertTrue(BundleVerifier.verify(root).problems().contains(
                new Problem("manifest.sha256", Problem.Kind.MANIFEST, "lists no files")));
    }

    @Test
    void theRootIsVerifiedAtTheVersionItsPointersName() throws IOException {
        Manifest newer = publish("20261202T020000Z-43");
        Files.writeString(version.resolve("index.html"), "tampered, but no longer published");
        assertEquals(newer.manifestSha256(), BundleVerifier.verify(root).manifestSha256());
        assertTrue(BundleVerifier.verify(root).ok());

        Files.delete(root.resolve("current"));
        Files.writeString(root.resolve("CURRENT"), "20261201T020000Z-42\n");
        assertEquals("20261201T020000Z-42", BundleVerifier.verify(root).version());
        assertEquals(List.of(Problem.Kind.CHANGED), kinds(BundleVerifier.verify(root)));
    }

    @Test
    void aDirectoryThatIsNoBundleCannotBeVerified() throws IOException {
        assertThrows(IOException.class, () -> BundleVerifier.verify(root.resolve("versions")));
        Files.delete(root.resolve("current"));
        Files.writeString(root.resolve("CURRENT"), "20261231T020000Z-99\n");
        assertThrows(IOException.class, () -> BundleVerifier.verify(root));
    }

    @Test
    void theCommandExitsWithZeroOneOrTwo() throws IOException {
        Output ok = run(root.toString());
        assertEquals(0, ok.code);
        assertEquals("校验通过 / verified: 4 files, version 20261201T020000Z-42, manifest.sha256 SHA-256 "
                + manifest.manifestSha256() + "\n", ok.out);

        Files.writeString(version.resolve("index.html"), "x");
        Files.writeString(version.resolve("extra.html"), "x");
        Output tampered = run(version.toString());
        assertEquals(1, tampered.code);
        List<String> lines = tampered.out.lines().toList();
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).startsWith("多余 UNEXPECTED  extra.html: "), lines.get(0));
        assertTrue(lines.get(1).startsWith("被修改 CHANGED  index.html: sha256 "), lines.get(1));
        assertTrue(lines.get(2).startsWith("发现 2 处篡改 / 2 problems: CHANGED 1, UNEXPECTED 1; version 20261201T020000Z-42"),
                lines.get(2));

        assertEquals(2, run().code);
        assertEquals(2, run(root.resolve("nowhere").toString()).code);
    }

    private record Output(int code, String out) {}

    private static Output run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = BundleVerifier.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Output(code, out.toString(StandardCharsets.UTF_8));
    }

    private static List<Problem.Kind> kinds(Report report) {
        return report.problems().stream().map(Problem::kind).toList();
    }
}
