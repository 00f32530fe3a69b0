package org.yangguang.disclosure.publication;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a publication bundle against its manifests (网页防篡改): every file that
 * {@code manifest.sha256} lists exists with its checksum, nothing else is there, and
 * {@code manifest.json} lists the same files with their sizes.
 *
 * <p>It depends on the JDK alone so that the extranet server, which has no copy of this
 * application, runs it as a single-file program:
 * {@code java BundleVerifier.java <bundle-root-or-version-dir>}. For the same reason it is the home
 * of the bundle's layout (file names, version and path rules); {@link PublicationBundle} uses them
 * from here so that the writer and the checker cannot drift apart. It prints in the platform
 * charset, which suits a GBK console too; under {@code LANG=C} the Chinese comes out as '?', so run
 * it under a UTF-8 locale such as {@code LANG=C.UTF-8}.
 *
 * <p>{@code manifest.sha256} is the source of truth; {@code manifest.json} is not parsed as general
 * JSON but read as {@link PublicationBundle} writes it: a top-level {@code "version"} first and the
 * {@code "files"} array last, each entry {@code {"path": …, "sha256": …, "bytes": …}} in that key
 * order. Anything else in the files array is reported as a manifest problem, not guessed at.
 *
 * <p>The manifests travel with the files, so whoever can rewrite a page can rewrite them too. The
 * report therefore carries the SHA-256 of {@code manifest.sha256}: compare it with the value the
 * intranet job recorded ({@link Manifest#manifestSha256()}) to know the manifest itself is genuine.
 */
public final class BundleVerifier {
    static final String SHA256_MANIFEST = "manifest.sha256";
    static final String JSON_MANIFEST = "manifest.json";
    static final String VERSIONS = "versions";
    static final String CURRENT_LINK = "current";
    static final String CURRENT_FILE = "CURRENT";
    static final String PARTIAL_SUFFIX = ".partial";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern SUM_LINE = Pattern.compile("([0-9a-f]{64}) [ *](.*)");
    private static final Pattern JSON_VERSION = Pattern.compile("\"version\"\\s*:\\s*\"([A-Za-z0-9._-]+)\"");
    private static final Pattern JSON_FILES = Pattern.compile("\"files\"\\s*:\\s*\\[");
    private static final Pattern JSON_ENTRY = Pattern.compile("\\s*\\{\\s*\"path\"\\s*:\\s*\"([^\"\\\\]*)\"\\s*,"
            + "\\s*\"sha256\"\\s*:\\s*\"([0-9a-f]{64})\"\\s*,\\s*\"bytes\"\\s*:\\s*(\\d{1,18})\\s*}");
    private static final Pattern JSON_COMMA = Pattern.compile("\\s*,");
    private static final Pattern JSON_END = Pattern.compile("\\s*]\\s*}\\s*");

    private BundleVerifier() {}

    /** The outcome of one verification; {@code manifestSha256} is null when there was no manifest. */
    public record Report(String version, String manifestSha256, int filesChecked, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** One difference between the bundle and its manifests. */
    public record Problem(String path, Kind kind, String detail) {
        public enum Kind {
            CHANGED("被修改"), MISSING("缺失"), UNEXPECTED("多余"), MANIFEST("清单不符");

            private final String label;

            Kind(String label) {
                this.label = label;
            }

            public String label() {
                return label;
            }
        }
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** The command line: 0 verified, 1 problems found, 2 usage error or unreadable bundle. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("用法 / usage: java BundleVerifier.java <bundle-root-or-version-dir>");
            return 2;
        }
        Report report;
        try {
            report = verify(Path.of(args[0]));
        } catch (IOException e) {
            err.println("无法读取发布包 / cannot read bundle: " + e);
            return 2;
        }
        for (Problem p : report.problems()) {
            out.println(p.kind().label() + " " + p.kind() + "  " + p.path() + ": " + p.detail());
        }
        String about = "version " + report.version() + ", manifest.sha256 SHA-256 " + report.manifestSha256();
        if (report.ok()) {
            out.println("校验通过 / verified: " + report.filesChecked() + " files, " + about);
            return 0;
        }
        Map<Problem.Kind, Long> byKind = report.problems().stream()
                .collect(Collectors.groupingBy(Problem::kind, () -> new EnumMap<>(Problem.Kind.class), Collectors.counting()));
        out.println("发现 " + report.problems().size() + " 处篡改 / " + report.problems().size() + " problems: "
                + byKind.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))
                + "; " + about);
        return 1;
    }

    /**
     * Verifies a version directory, or, given a bundle root, the version its {@code current} link
     * (else its {@code CURRENT} file) points to. Throws when the directory is neither or the pointer
     * leads nowhere; a version whose {@code manifest.sha256} has gone is a problem, not an error.
     */
    public static Report verify(Path dir) throws IOException {
        Path version = resolve(dir);
        Path sums = version.resolve(SHA256_MANIFEST);
        if (!Files.isRegularFile(sums, LinkOption.NOFOLLOW_LINKS)) {
            return new Report(version.getFileName().toString(), null, 0,
                    List.of(new Problem(SHA256_MANIFEST, Problem.Kind.MANIFEST, "manifest.sha256 is missing")));
        }
        byte[] sumsBytes = Files.readAllBytes(sums);
        List<Problem> problems = new ArrayList<>();
        Map<String, String> listed = readSums(new String(sumsBytes, StandardCharsets.UTF_8), problems);
        // Decoded leniently: a tampered manifest.json is a problem to report, not a reason to give up.
        String json = Files.isRegularFile(version.resolve(JSON_MANIFEST), LinkOption.NOFOLLOW_LINKS)
                ? new String(Files.readAllBytes(version.resolve(JSON_MANIFEST)), StandardCharsets.UTF_8) : null;
        Map<String, Long> sizes = readJson(json, listed, problems);
        for (Map.Entry<String, String> entry : listed.entrySet()) {
            checkFile(version, entry.getKey(), entry.getValue(), sizes.get(entry.getKey()), problems);
        }
        findUnexpected(version, listed.keySet(), problems);
        problems.sort(Comparator.comparing(Problem::path).thenComparing(Problem::kind));
        Matcher named = json == null ? null : JSON_VERSION.matcher(json);
        String name = named != null && named.find() ? named.group(1) : version.getFileName().toString();
        return new Report(name, hex(digest().digest(sumsBytes)), listed.size(), List.copyOf(problems));
    }

    private static Path resolve(Path dir) throws IOException {
        if (Files.isRegularFile(dir.resolve(SHA256_MANIFEST))) {
            return dir.toRealPath();
        }
        // Files.isDirectory follows the link; a copy tool that dereferenced it left a directory, also fine.
        Path link = dir.resolve(CURRENT_LINK);
        if (Files.isDirectory(link)) {
            return link.toRealPath();
        }
        Path pointer = dir.resolve(CURRENT_FILE);
        if (Files.isRegularFile(pointer)) {
            String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            if (!isVersionName(name)) {
                throw new IOException("CURRENT does not name a version: " + name);
            }
            Path version = dir.resolve(VERSIONS).resolve(name);
            if (!Files.isDirectory(version)) {
                throw new NoSuchFileException(version.toString(), null, "CURRENT names a missing version");
            }
            return version.toRealPath();
        }
        throw new IOException("not a publication bundle (no manifest.sha256, current or CURRENT): " + dir);
    }

    /** The lines of manifest.sha256 in sha256sum's format, path to checksum. */
    private static Map<String, String> readSums(String text, List<Problem> problems) {
        Map<String, String> listed = new LinkedHashMap<>();
        List<String> lines = Arrays.asList(text.split("\n", -1));
        int last = lines.size() - 1;
        if (!lines.get(last).isEmpty()) {
            problems.add(new Problem(SHA256_MANIFEST, Problem.Kind.MANIFEST, "does not end with a newline"));
        }
        for (int i = 0; i < lines.size(); i++) {
            if (i == last && lines.get(i).isEmpty()) {
                break;
            }
            Matcher m = SUM_LINE.matcher(lines.get(i));
            if (!m.matches() || !isBundlePath(m.group(2))) {
                problems.add(new Problem(SHA256_MANIFEST, Problem.Kind.MANIFEST, "line " + (i + 1) + " unreadable: " + lines.get(i)));
            } else if (listed.putIfAbsent(m.group(2), m.group(1)) != null) {
                problems.add(new Problem(m.group(2), Problem.Kind.MANIFEST, "listed twice in manifest.sha256"));
            }
        }
        if (listed.isEmpty()) {
            // PublicationBundle never commits an empty version: an empty list means the files were wiped with it.
            problems.add(new Problem(SHA256_MANIFEST, Problem.Kind.MANIFEST, "lists no files"));
        }
        return listed;
    }

    /** The sizes manifest.json gives, after checking its files list names what manifest.sha256 does. */
    private static Map<String, Long> readJson(String json, Map<String, String> listed, List<Problem> problems) {
        Map<String, Long> sizes = new HashMap<>();
        if (json == null) {
            problems.add(new Problem(JSON_MANIFEST, Problem.Kind.MANIFEST, "manifest.json is missing"));
            return sizes;
        }
        Matcher files = JSON_FILES.matcher(json);
        if (!files.find()) {
            problems.add(new Problem(JSON_MANIFEST, Problem.Kind.MANIFEST, "no files list"));
            return sizes;
        }
        Matcher entry = JSON_ENTRY.matcher(json);
        Matcher comma = JSON_COMMA.matcher(json);
        int at = files.end();
        boolean more = entry.region(at, json.length()).lookingAt();
        while (more) {
            String path = entry.group(1);
            String sha256 = listed.get(path);
            if (sizes.put(path, Long.parseLong(entry.group(3))) != null) {
                problems.add(new Problem(path, Problem.Kind.MANIFEST, "listed twice in manifest.json"));
            } else if (sha256 == null) {
                problems.add(new Problem(path, Problem.Kind.MANIFEST, "in manifest.json but not in manifest.sha256"));
            } else if (!sha256.equals(entry.group(2))) {
                problems.add(new Problem(path, Problem.Kind.MANIFEST, "manifest.json gives sha256 " + entry.group(2)
                        + ", manifest.sha256 " + sha256));
            }
            at = entry.end();
            more = comma.region(at, json.length()).lookingAt() && entry.region(comma.end(), json.length()).lookingAt();
        }
        if (!JSON_END.matcher(json).region(at, json.length()).matches()) {
            problems.add(new Problem(JSON_MANIFEST, Problem.Kind.MANIFEST, "files list unreadable after character " + at));
        }
        for (String path : listed.keySet()) {
            if (!sizes.containsKey(path)) {
                problems.add(new Problem(path, Problem.Kind.MANIFEST, "in manifest.sha256 but not in manifest.json"));
            }
        }
        return sizes;
    }

    private static void checkFile(Path version, String path, String expected, Long size, List<Problem> problems)
            throws IOException {
        Path file = version.resolve(path);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            problems.add(new Problem(path, Problem.Kind.MISSING, "listed in the manifest, not present"));
            return;
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            problems.add(new Problem(path, Problem.Kind.CHANGED, "not a regular file"));
            return;
        }
        MessageDigest sha = digest();
        long bytes = 0;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) != -1) {
                sha.update(buffer, 0, n);
                bytes += n;
            }
        }
        String actual = hex(sha.digest());
        if (!actual.equals(expected)) {
            problems.add(new Problem(path, Problem.Kind.CHANGED, "sha256 " + actual + " instead of " + expected
                    + (size == null || size == bytes ? "" : ", " + bytes + " bytes instead of " + size)));
        } else if (size != null && size != bytes) {
            problems.add(new Problem(path, Problem.Kind.MANIFEST, "manifest.json gives " + size + " bytes, the file has " + bytes));
        }
    }

    /** Files and directories the manifest does not account for; links are reported, never followed. */
    private static void findUnexpected(Path version, Set<String> listed, List<Problem> problems) throws IOException {
        Set<String> dirs = new HashSet<>();
        for (String path : listed) {
            for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                dirs.add(path.substring(0, slash));
            }
        }
        Files.walkFileTree(version, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String path = relative(version, dir);
                if (path.isEmpty() || dirs.contains(path)) {
                    return FileVisitResult.CONTINUE;
                }
                problems.add(new Problem(path, Problem.Kind.UNEXPECTED, "directory not in the manifest"));
                return FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String path = relative(version, file);
                if (!listed.contains(path) && !path.equals(SHA256_MANIFEST) && !path.equals(JSON_MANIFEST)) {
                    problems.add(new Problem(path, Problem.Kind.UNEXPECTED,
                            attrs.isSymbolicLink() ? "symbolic link not in the manifest" : "file not in the manifest"));
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static String relative(Path version, Path file) {
        return version.relativize(file).toString().replace(version.getFileSystem().getSeparator(), "/");
    }

    /**
     * A path inside a version: '/'-separated names of letters, digits, '.', '_' and '-', none ending
     * in '.' (which rules out "." and ".." and names Windows would silently shorten on copying), and
     * not one of the manifests.
     */
    static boolean isBundlePath(String path) {
        if (path.equalsIgnoreCase(SHA256_MANIFEST) || path.equalsIgnoreCase(JSON_MANIFEST)) {
            return false;
        }
        return Arrays.stream(path.split("/", -1)).allMatch(BundleVerifier::isName);
    }

    /** A version directory's name; the caller makes them sort by time, e.g. 20261201T020000Z-42. */
    static boolean isVersionName(String name) {
        return isName(name) && Character.isLetterOrDigit(name.charAt(0)) && !name.endsWith(PARTIAL_SUFFIX);
    }

    private static boolean isName(String name) {
        return NAME.matcher(name).matches() && !name.endsWith(".");
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
