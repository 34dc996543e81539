package org.ctipcheck.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The rule files of a rules folder: every {@code .drl} below it, {@code requirements.yaml} and the reference
 * lists {@code reference/*.csv}, sorted by path. All of them count towards the fingerprint.
 */
final class RuleFiles {
    static final String REQUIREMENTS = "requirements.yaml";

    private RuleFiles() {
    }

    static List<RuleSource> read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new RulesetException("rules folder " + folder + " does not exist or is not a folder");
        }
        List<RuleSource> sources = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                String relative = folder.relativize(path).toString().replace('\\', '/');
                if (relative.endsWith(".drl") || relative.equals(REQUIREMENTS) || referenceList(relative)) {
                    sources.add(new RuleSource(relative, Files.readString(path, StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new RulesetException("cannot read rules folder " + folder + ": " + e.getMessage());
        }
        sources.sort((a, b) -> a.path().compareTo(b.path()));
        return sources;
    }

    /** A reference list directly in {@code reference/}, e.g. {@code reference/eo13126-products.csv}. */
    static boolean referenceList(String relative) {
        return relative.startsWith("reference/") && relative.endsWith(".csv") && relative.indexOf('/', "reference/".length()) < 0;
    }

    /** SHA-256 over each file's relative path and content, in path order, with separators that cannot be forged. */
    static String fingerprint(List<RuleSource> sources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (RuleSource source : sources) {
                byte[] path = source.path().getBytes(StandardCharsets.UTF_8);
                byte[] text = source.text().getBytes(StandardCharsets.UTF_8);
                digest.update(lengthPrefix(path.length));
                digest.update(path);
                digest.update(lengthPrefix(text.length));
                digest.update(text);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException("SHA-256 unavailable", e));
        }
    }

    private static byte[] lengthPrefix(int length) {
        return new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length};
    }
}
