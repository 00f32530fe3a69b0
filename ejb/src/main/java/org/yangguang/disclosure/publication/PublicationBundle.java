package org.yangguang.disclosure.publication;

import static org.yangguang.disclosure.publication.BundleVerifier.CURRENT_FILE;
import static org.yangguang.disclosure.publication.BundleVerifier.CURRENT_LINK;
import static org.yangguang.disclosure.publication.BundleVerifier.JSON_MANIFEST;
import static org.yangguang.disclosure.publication.BundleVerifier.PARTIAL_SUFFIX;
import static org.yangguang.disclosure.publication.BundleVerifier.SHA256_MANIFEST;
import static org.yangguang.disclosure.publication.BundleVerifier.VERSIONS;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.yangguang.shared.Sha256;

/**
 * The versioned publication bundle that is copied to the extranet (外网):
 * <pre>
 * root/versions/20261201T020000Z-42/…            one complete version, with manifest.sha256 and manifest.json
 * root/versions/20261202T020000Z-43.partial/…    a version being written (or left by a crashed run)
 * root/current -&gt; versions/20261201T020000Z-42    the published version
 * root/CURRENT                                    its name again, for copy tools that drop symbolic links
 * </pre>
 * A version is written under its {@code .partial} name and renamed when complete, and the pointer is
 * switched by renaming over it, so that a reader never sees a half-written version or pointer.
 */
public final class PublicationBundle {
    private PublicationBundle() {}

    /**
     * Starts writing a version; names must sort by time (e.g. {@code 20261201T020000Z-42}). Fails
     * with FileAlreadyExistsException, changing nothing, when the version exists or is being written.
     */
    public static Writer open(Path root, String versionName) throws IOException {
        if (!BundleVerifier.isVersionName(versionName)) {
            throw new IllegalArgumentException("invalid version name: " + versionName);
        }
        Path versions = Files.createDirectories(root.resolve(VERSIONS));
        if (Files.exists(versions.resolve(versionName), LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(versions.resolve(versionName).toString(), null, "version already exists");
        }
        // createDirectory is exclusive, so two writers of one version cannot both get this far.
        return new Writer(root, versionName, Files.createDirectory(versions.resolve(versionName + PARTIAL_SUFFIX)));
    }

    /**
     * Continues a version a job left unfinished (the job failed or the server stopped; Jakarta Batch
     * restarts it from its last checkpoint): the files already in {@code <version>.partial} are
     * taken as written, and writing one of them again replaces it, so a part cut off half-way is
     * simply written anew. Starts the version if it does not exist yet.
     */
    public static Writer resume(Path root, String versionName) throws IOException {
        if (!BundleVerifier.isVersionName(versionName)) {
            throw new IllegalArgumentException("invalid version name: " + versionName);
        }
        Path partial = root.resolve(VERSIONS).resolve(versionName + PARTIAL_SUFFIX);
        if (!Files.isDirectory(partial, LinkOption.NOFOLLOW_LINKS)) return open(root, versionName);
        Writer w = new Writer(root, versionName, partial);
        w.replacing = true;
        try (var walk = Files.walk(partial)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String path = partial.relativize(file).toString().replace('\\', '/');
                if (path.equals(SHA256_MANIFEST) || path.equals(JSON_MANIFEST)) {
                    Files.delete(file); // left by a commit cut short: the commit writes them anew
                    continue;
                }
                byte[] content = Files.readAllBytes(file);
                w.reserve(path);
                w.files.put(path, new Manifest.Entry(path, Sha256.hex(content), content.length));
            }
        }
        return w;
    }

    /**
     * Points {@code current} at a complete version: the end of a commit that was cut off after the
     * rename (a restarted job finds its version complete), or a rollback by the operator.
     */
    public static void switchTo(Path root, String versionName) throws IOException {
        if (!versions(root).contains(versionName)) {
            throw new java.nio.file.NoSuchFileException(root.resolve(VERSIONS).resolve(versionName).toString(), null,
                    "no complete version of that name");
        }
        pointTo(root, versionName);
    }

    /** The published version: the target of {@code current}, else the name in {@code CURRENT}. */
    public static Optional<String> current(Path root) throws IOException {
        Optional<String> linked = linked(root);
        return linked.isPresent() ? linked : named(root);
    }

    /** The complete versions, oldest first. */
    public static List<String> versions(Path root) throws IOException {
        return list(root).stream().filter(BundleVerifier::isVersionName).toList();
    }

    /**
     * Deletes the complete versions beyond the {@code keep} newest, except the one {@code current}
     * or {@code CURRENT} points to, and the {@code .partial} versions older than the newest complete
     * one (a run that crashed; a newer one may still be running). Returns the directory names deleted.
     */
    public static List<String> prune(Path root, int keep) throws IOException {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one version: " + keep);
        }
        List<String> complete = versions(root);
        if (complete.isEmpty()) {
            return List.of();
        }
        Path versions = root.resolve(VERSIONS);
        List<String> deleted = new ArrayList<>();
        String newest = complete.get(complete.size() - 1);
        for (String name : list(root)) {
            if (name.endsWith(PARTIAL_SUFFIX) && name.substring(0, name.length() - PARTIAL_SUFFIX.length()).compareTo(newest) < 0) {
                deleteTree(versions.resolve(name));
                deleted.add(name);
            }
        }
        Set<String> published = new HashSet<>();
        linked(root).ifPresent(published::add);
        named(root).ifPresent(published::add);
        for (String name : complete.subList(0, Math.max(0, complete.size() - keep))) {
            if (!published.contains(name)) {
                // Renamed first: a crash while deleting leaves a partial for the next prune, never a damaged version.
                Path doomed = versions.resolve(name + PARTIAL_SUFFIX);
                Files.move(versions.resolve(name), doomed, StandardCopyOption.ATOMIC_MOVE);
                deleteTree(doomed);
                deleted.add(name);
            }
        }
        return deleted;
    }

    /**
     * Points {@code current} and then {@code CURRENT} at a version, each by renaming a new link or
     * file over the old one. Both are compared by prune, so a crash between the two loses nothing.
     */
    static void pointTo(Path root, String version) throws IOException {
        Path link = root.resolve(CURRENT_LINK + ".tmp-" + UUID.randomUUID());
        Files.createSymbolicLink(link, Path.of(VERSIONS, version));
        replace(link, root.resolve(CURRENT_LINK));
        Path file = root.resolve(CURRENT_FILE + ".tmp-" + UUID.randomUUID());
        writeDurably(file, (version + "\n").getBytes(StandardCharsets.UTF_8));
        replace(file, root.resolve(CURRENT_FILE));
        sync(root);
    }

    private static void replace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    private static Optional<String> linked(Path root) throws IOException {
        Path link = root.resolve(CURRENT_LINK);
        return Files.isSymbolicLink(link)
                ? Optional.of(Files.readSymbolicLink(link).getFileName().toString())
                : Optional.empty();
    }

    private static Optional<String> named(Path root) throws IOException {
        Path file = root.resolve(CURRENT_FILE);
        return Files.isRegularFile(file)
                ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip()).filter(BundleVerifier::isVersionName)
                : Optional.empty();
    }

    /** The names in versions/, complete and partial, sorted; anything else there is not ours to touch. */
    private static List<String> list(Path root) throws IOException {
        Path versions = root.resolve(VERSIONS);
        if (!Files.isDirectory(versions)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(versions, d -> Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS))) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                String version = name.endsWith(PARTIAL_SUFFIX) ? name.substring(0, name.length() - PARTIAL_SUFFIX.length()) : name;
                if (BundleVerifier.isVersionName(version)) {
                    names.add(name);
                }
            }
        }
        return names.stream().sorted().toList();
    }

    private static void writeDurably(Path file, byte[] content) throws IOException {
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true);
        }
    }

    /** Makes a directory's entries (new files, renames) durable, so a power cut cannot undo a switch. */
    private static void sync(Path dir) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(dir, StandardOpenOption.READ);
        } catch (IOException e) {
            return; // Windows cannot open a directory; NTFS journals its entries itself.
        }
        try (channel) {
            channel.force(true);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * One version being written: files, then {@link #commit}, which publishes it. Closing without
     * committing deletes it. After a failed write or commit it can only be closed. Not thread-safe.
     */
    public static final class Writer implements Closeable {
        private enum State { OPEN, BROKEN, DONE }

        private final Path root;
        private final String version;
        private final Path partial;
        private final Map<String, Manifest.Entry> files = new LinkedHashMap<>();
        /** Lower-cased, as the extranet's file system may not tell "Index.html" from "index.html". */
        private final Set<String> takenPaths = new HashSet<>();
        private final Set<String> takenDirs = new HashSet<>();
        private State state = State.OPEN;
        /** Resumed: writing a path again replaces the file (a part redone after a restart). */
        private boolean replacing;

        private Writer(Path root, String version, Path partial) {
            this.root = root;
            this.version = version;
            this.partial = partial;
        }

        /**
         * Writes one file, durably, and notes its checksum. Paths are '/'-separated names of
         * letters, digits, '.', '_' and '-' (none ending in '.'), not a manifest's name, each at most
         * once and neither a file's directory nor inside a file; else IllegalArgumentException.
         */
        public void write(String relativePath, byte[] content) throws IOException {
            requireOpen();
            if (!(replacing && files.containsKey(relativePath))) reserve(relativePath);
            Path file = partial.resolve(relativePath);
            state = State.BROKEN; // until the file is complete, so a half-written one is never committed
            Files.createDirectories(file.getParent());
            if (replacing) Files.deleteIfExists(file); // a part redone after a restart writes its files again
            writeDurably(file, content);
            files.put(relativePath, new Manifest.Entry(relativePath, Sha256.hex(content), content.length));
            state = State.OPEN;
        }

        /** Writes text as UTF-8. */
        public void writeText(String relativePath, String text) throws IOException {
            write(relativePath, text.getBytes(StandardCharsets.UTF_8));
        }

        private void reserve(String path) {
            if (!BundleVerifier.isBundlePath(path)) {
                throw new IllegalArgumentException("invalid path in bundle: " + path);
            }
            String key = path.toLowerCase(Locale.ROOT);
            if (takenPaths.contains(key) || takenDirs.contains(key)) {
                throw new IllegalArgumentException("already written: " + path);
            }
            List<String> dirs = new ArrayList<>();
            for (int slash = key.indexOf('/'); slash > 0; slash = key.indexOf('/', slash + 1)) {
                dirs.add(key.substring(0, slash));
            }
            if (dirs.stream().anyMatch(takenPaths::contains)) {
                throw new IllegalArgumentException("a file of this bundle is a directory of " + path);
            }
            takenPaths.add(key);
            takenDirs.addAll(dirs);
        }

        /**
         * Writes the manifests, renames the version into place and points {@code current} and
         * {@code CURRENT} at it. Metadata (e.g. generatedAt, county, job execution id) goes into
         * manifest.json. A version without files is refused: it would empty the public site. Should
         * the pointer switch fail, the version stays complete but unpublished.
         */
        public Manifest commit(Map<String, String> metadata) throws IOException {
            requireOpen();
            if (files.isEmpty()) {
                throw new IllegalStateException("nothing written to version " + version);
            }
            Manifest manifest = new Manifest(version, new TreeMap<>(metadata), new ArrayList<>(files.values()));
            state = State.BROKEN; // until the rename: a failure leaves a partial for close() to delete
            writeDurably(partial.resolve(SHA256_MANIFEST), manifest.sha256sum().getBytes(StandardCharsets.UTF_8));
            writeDurably(partial.resolve(JSON_MANIFEST), manifest.json().getBytes(StandardCharsets.UTF_8));
            try (var dirs = Files.walk(partial)) {
                for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                    sync(dir);
                }
            }
            Path complete = partial.resolveSibling(version);
            // rename(2) would quietly replace an empty directory of that name.
            if (Files.exists(complete, LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(complete.toString(), null, "version already exists");
            }
            Files.move(partial, complete, StandardCopyOption.ATOMIC_MOVE);
            state = State.DONE;
            sync(complete.getParent());
            pointTo(root, version);
            return manifest;
        }

        /**
         * Leaves the version being written as it is, for {@link PublicationBundle#resume} (the next
         * step of the job, or its restart); the writer can only be closed afterwards.
         */
        public void suspend() {
            state = State.DONE;
        }

        /** Deletes the version being written; does nothing once committed. */
        public void abort() throws IOException {
            if (state != State.DONE) {
                state = State.DONE;
                deleteTree(partial);
            }
        }

        @Override
        public void close() throws IOException {
            abort();
        }

        private void requireOpen() {
            if (state != State.OPEN) {
                throw new IllegalStateException("version " + version + (state == State.DONE
                        ? " is already committed or aborted" : " had a failed write; close it"));
            }
        }
    }
}
