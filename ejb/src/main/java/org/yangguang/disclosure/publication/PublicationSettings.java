package org.yangguang.disclosure.publication;

import java.nio.file.Path;

/**
 * Where the publication bundle goes and how it is addressed, from system properties (set in
 * {@code wildfly-config}, see the README): {@code yangguang.publication.dir} (default
 * {@code <data dir>/publication}), {@code yangguang.publication.keep} (versions kept, default 7) and
 * {@code yangguang.public.url} (the extranet address the feeds and pages link to).
 */
public record PublicationSettings(Path root, int keep, String publicUrl) {

    public static PublicationSettings current() {
        String dir = System.getProperty("yangguang.publication.dir");
        Path root = dir != null && !dir.isBlank() ? Path.of(dir)
                : Path.of(System.getProperty("yangguang.data.dir", System.getProperty("user.home") + "/.yangguang"), "publication");
        int keep = Math.max(1, Integer.getInteger("yangguang.publication.keep", 7));
        String url = System.getProperty("yangguang.public.url", "http://localhost:8080");
        return new PublicationSettings(root, keep, url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }
}
