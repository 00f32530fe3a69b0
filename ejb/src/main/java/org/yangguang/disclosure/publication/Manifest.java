package org.yangguang.disclosure.publication;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.yangguang.shared.Sha256;

/**
 * The files of one committed version with their checksums, and the two manifests made of them:
 * {@code manifest.sha256} for {@code sha256sum -c} and {@link BundleVerifier}, {@code manifest.json}
 * for people and programs. Files are sorted by path and metadata by key so that the same bundle
 * always yields the same manifests.
 */
public record Manifest(String version, SortedMap<String, String> metadata, List<Entry> files) {
    /** The metadata key whose value manifest.json also gives at its top level. */
    public static final String GENERATED_AT = "generatedAt";

    /** One file: its path inside the version, lower-case hex SHA-256 and size. */
    public record Entry(String path, String sha256, long bytes) {}

    public Manifest {
        metadata = Collections.unmodifiableSortedMap(new TreeMap<>(metadata));
        files = files.stream().sorted(Comparator.comparing(Entry::path)).toList();
    }

    public long totalBytes() {
        return files.stream().mapToLong(Entry::bytes).sum();
    }

    /**
     * The SHA-256 of manifest.sha256, which vouches for every file: record it on the intranet and
     * compare it with what {@link BundleVerifier} reports, since a manifest stored beside the files
     * can be rewritten along with them.
     */
    public String manifestSha256() {
        return Sha256.hex(sha256sum());
    }

    /** Exactly sha256sum's text mode output: checksum, two spaces, path, newline. */
    String sha256sum() {
        StringBuilder text = new StringBuilder();
        files.forEach(f -> text.append(f.sha256()).append("  ").append(f.path()).append('\n'));
        return text.toString();
    }

    /** Written by hand (no JSON library here); the files list comes last, as BundleVerifier reads it. */
    String json() {
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"version\": ").append(quote(version)).append(",\n");
        json.append("  \"generatedAt\": ").append(quote(metadata.get(GENERATED_AT))).append(",\n");
        json.append("  \"fileCount\": ").append(files.size()).append(",\n");
        json.append("  \"totalBytes\": ").append(totalBytes()).append(",\n");
        json.append("  \"metadata\": {");
        String separator = "\n";
        for (Map.Entry<String, String> e : metadata.entrySet()) {
            json.append(separator).append("    ").append(quote(e.getKey())).append(": ").append(quote(e.getValue()));
            separator = ",\n";
        }
        json.append(metadata.isEmpty() ? "},\n" : "\n  },\n");
        json.append("  \"files\": [");
        separator = "\n";
        for (Entry f : files) {
            json.append(separator).append("    {\"path\": ").append(quote(f.path())).append(", \"sha256\": ")
                    .append(quote(f.sha256())).append(", \"bytes\": ").append(f.bytes()).append('}');
            separator = ",\n";
        }
        return json.append("\n  ]\n}\n").toString();
    }

    /** A JSON string (or null): quote, backslash and control characters escaped, the rest as is in UTF-8. */
    static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder q = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                case '\t' -> q.append("\\t");
                default -> {
                    if (c < 0x20) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
