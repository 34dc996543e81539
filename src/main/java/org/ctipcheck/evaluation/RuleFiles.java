package org.ctipcheck.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a rule pack: every {@code .drl}, {@code requirements.yaml}, {@code parameters.yaml}, the
 * reference lists {@code reference/*.csv}, their manifest {@code reference/lists.yaml} and the goods synonym table
 * {@code reference/goods-synonyms.yaml}, sorted by path.
 * All of them count towards the fingerprint; nothing else in a rules folder is read.
 */
final class RuleFiles {
    static final String REQUIREMENTS = "requirements.yaml";
    static final String PARAMETERS = "parameters.yaml";
    static final String LISTS = "reference/lists.yaml";
    static final String GOODS_SYNONYMS = "reference/goods-synonyms.yaml";

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
                if (inPack(relative)) {
                    sources.add(new RuleSource(relative, Files.readString(path, StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new RulesetException("cannot read rules folder " + folder + ": " + e.getMessage());
        }
        return sorted(sources);
    }

    /** Whether a file, by its path relative to the pack's root, belongs to the rule pack. */
    static boolean inPack(String relative) {
        return relative.endsWith(".drl") || relative.equals(REQUIREMENTS) || relative.equals(PARAMETERS)
                || relative.equals(LISTS) || relative.equals(GOODS_SYNONYMS) || referenceList(relative);
    }

    /** The pack's files among {@code sources}, in path order: the order the fingerprint is taken in. */
    static List<RuleSource> sorted(List<RuleSource> sources) {
        return sources.stream().filter(source -> inPack(source.path()))
                .sorted(Comparator.comparing(RuleSource::path)).toList();
    }

    /** A reference list directly in {@code reference/}, e.g. {@code reference/eo13126-products.csv}. */
    static boolean referenceList(String relative) {
        return relative.startsWith("reference/") && relative.endsWith(".csv") && relative.indexOf('/', "reference/".length()) < 0;
    }

    /**
     * Writes the pack's files below {@code folder} with an index listing them, one path a line: a class-path
     * folder inside a jar cannot be listed, so the bundled pack is read through its index. Used by the build.
     */
    static void writePack(List<RuleSource> sources, Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> old = Files.walk(folder)) {
                for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path); // a file removed from rules/ must not linger in the jar
                }
            }
        }
        StringBuilder index = new StringBuilder();
        for (RuleSource source : sources) {
            Path target = folder.resolve(source.path()).normalize();
            if (!target.startsWith(folder)) {
                throw new IOException("a rule file outside the pack: " + source.path());
            }
            Files.createDirectories(target.getParent());
            Files.writeString(target, source.text(), StandardCharsets.UTF_8);
            index.append(source.path()).append('\n');
        }
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(RulePackLocation.INDEX), index.toString(), StandardCharsets.UTF_8);
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
